import { goldenFloorsSuite } from './support/golden-floors.js';

// The golden sets above their floors, part 1 of 3 (golden.test.ts, golden-part2.test.ts, golden-part3.test.ts).
goldenFloorsSuite(0);
