/**
 * The benchmark's baseline: the same Phaser build and design size as the game, one scene
 * with one line of text and one clickable rectangle, nothing else. It records when that
 * first "choice" can be clicked, and can sample frame times, like the game page.
 */
import Phaser from 'phaser';

declare global {
  interface Window {
    __benchReadyAt?: number;
  }
}

class BareScene extends Phaser.Scene {
  constructor() {
    super('BareScene');
  }

  create(): void {
    this.add.text(100, 100, 'A bare Phaser page', { fontFamily: 'serif', fontSize: '32px', color: '#ffffff' });
    this.add.rectangle(640, 400, 300, 60, 0xd9bf85).setInteractive({ useHandCursor: true });
    window.__benchReadyAt = performance.now();
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  audio: { noAudio: true },
  banner: false,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, width: 1280, height: 720 },
  scene: [BareScene],
});
