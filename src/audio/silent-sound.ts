import type { SoundPort } from './sound';

/** A SoundPort that does nothing: for tests, and when audio cannot start at all. */
export const silentSound: SoundPort = {
  playEffect() {},
  setAmbient() {},
  setLevels() {},
  setTyping() {},
  suspend() {},
  resume() {},
};
