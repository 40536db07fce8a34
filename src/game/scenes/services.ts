/** What scenes share, handed over by the boot through the game registry. */
import type Phaser from 'phaser';
import type { SoundPort } from '../../audio/sound';
import type { GameController } from '../controller';

export interface Services {
  readonly controller: GameController;
  readonly sound: SoundPort;
}

const KEY = 'services';

export function provideServices(game: Phaser.Game, services: Services): void {
  game.registry.set(KEY, services);
}

export function services(scene: Phaser.Scene): Services {
  const value = scene.registry.get(KEY) as Services | undefined;
  if (!value) throw new Error('Services were not provided to the game.');
  return value;
}
