/** Kept equal to package.json's version by a test. */
const VERSION = '0.1.0';

export { VERSION as V };
