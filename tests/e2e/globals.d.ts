// Tests evaluate code inside the extension (worker.evaluate), where `chrome` is the real global.
/// <reference types="chrome" />
