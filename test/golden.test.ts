import { goldenFloorsSuite } from './support/golden-floors.js';

// The golden sets above their floors, the first half (the second: golden-second-half.test.ts).
goldenFloorsSuite(0);
