import { goldenFloorsSuite } from './support/golden-floors.js';

// The golden sets above their floors, the second half (the first: golden.test.ts).
goldenFloorsSuite(1);
