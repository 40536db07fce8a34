/**
 * A small read-only hook for browser tests: window.__consultant exposes the controller,
 * where the clickable choices are on the page, and which scenes are active.
 */
import Phaser from 'phaser';
import type { GameController } from './controller';
import { publishHook } from './page-hook';
import { SCREENS } from './screen-table';
import { currentStage } from './stage-watch';
import { themeFor } from './theme';

/** A clickable choice: in world space from a scene, in page pixels from the hook. */
export interface ChoiceRect {
  readonly choiceId: string;
  readonly number: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A scene that reports its clickable choices, as rectangles in world space. */
export interface ChoiceRectSource {
  clickableChoices(): ReadonlyArray<ChoiceRect>;
}

export interface ConsultantHook {
  readonly controller: GameController;
  choiceRects(): ChoiceRect[];
  activeScenes(): string[];
  /** The stage the game is fitted to, and how big the body text comes out in CSS pixels. */
  stage(): { arrangement: string; width: number; height: number; bodyCssPx: number };
  /** How far the running screen's scrolling text is scrolled, in design pixels; null where none scrolls. */
  pageScroll(): number | null;
  /**
   * The branch map, when it is on screen and drawn: its zoom, and where a page's card is, in page
   * pixels (its centre; null when it is not in the map's window).
   */
  map(): { zoom: number; card(passageId: string): { x: number; y: number } | null } | null;
  /** What the game holds: game objects in every scene (containers' children too), and textures. */
  census(): { gameObjects: number; textures: number };
}

/** The branch map scene, as the hook reads it: in world space. */
export interface MapSource {
  mapZoom(): number | null;
  mapCardCentre(passageId: string): { x: number; y: number } | null;
}

/** A scene whose text scrolls (the case's page, the Sources). */
export interface ScrollSource {
  pageScrollOffset(): number | null;
}

declare global {
  interface Window {
    __consultant?: ConsultantHook;
  }
}

function isSource(scene: unknown): scene is ChoiceRectSource {
  return typeof (scene as Partial<ChoiceRectSource>).clickableChoices === 'function';
}

export function installViewHook(game: Phaser.Game, controller: GameController): ConsultantHook {
  const hook: ConsultantHook = {
    controller,
    choiceRects() {
      const canvas = game.canvas;
      if (!canvas) return [];
      const bounds = canvas.getBoundingClientRect();
      const scaleX = bounds.width / canvas.width;
      const scaleY = bounds.height / canvas.height;
      const rects: ChoiceRect[] = [];
      for (const scene of game.scene.getScenes(true)) {
        if (!isSource(scene) || !scene.sys.isActive()) continue;
        const camera = scene.cameras.main;
        const view = camera.worldView;
        for (const choice of scene.clickableChoices()) {
          rects.push({
            choiceId: choice.choiceId,
            number: choice.number,
            x: bounds.left + (choice.x - view.x) * camera.zoom * scaleX,
            y: bounds.top + (choice.y - view.y) * camera.zoom * scaleY,
            width: choice.width * camera.zoom * scaleX,
            height: choice.height * camera.zoom * scaleY,
          });
        }
      }
      return rects;
    },
    activeScenes() {
      return game.scene.getScenes(true).map((scene) => scene.sys.settings.key);
    },
    pageScroll() {
      const scene = game.scene
        .getScenes(true)
        .reverse()
        .find((s) => typeof (s as Partial<ScrollSource>).pageScrollOffset === 'function');
      return scene ? (scene as unknown as ScrollSource).pageScrollOffset() : null;
    },
    map() {
      const scene = game.scene.getScenes(true).find((s) => typeof (s as Partial<MapSource>).mapZoom === 'function');
      const source = scene as (Phaser.Scene & MapSource) | undefined;
      const zoom = source?.mapZoom();
      const canvas = game.canvas;
      if (!source || !canvas || zoom === null || zoom === undefined) return null;
      const bounds = canvas.getBoundingClientRect();
      const camera = source.cameras.main;
      const view = camera.worldView;
      return {
        zoom,
        card(passageId: string) {
          const at = source.mapCardCentre(passageId);
          if (!at) return null;
          return {
            x: bounds.left + (at.x - view.x) * camera.zoom * (bounds.width / canvas.width),
            y: bounds.top + (at.y - view.y) * camera.zoom * (bounds.height / canvas.height),
          };
        },
      };
    },
    census() {
      const count = (objects: readonly Phaser.GameObjects.GameObject[]): number =>
        objects.reduce(
          (sum, object) => sum + 1 + (object instanceof Phaser.GameObjects.Container ? count(object.list) : 0),
          0,
        );
      const gameObjects = game.scene.getScenes(false).reduce((sum, scene) => sum + count(scene.children.list), 0);
      return { gameObjects, textures: game.textures.getTextureKeys().length };
    },
    stage() {
      const stage = currentStage(game);
      // The body's design size through the base scene's camera and the canvas's CSS scale.
      const base = game.scene
        .getScenes(false)
        .find((scene) => scene.sys.settings.key === SCREENS[controller.state.stack[0]].scene);
      const canvas = game.canvas;
      const cssPerPixel = canvas ? canvas.getBoundingClientRect().width / canvas.width : 0;
      const zoom = base?.cameras.main.zoom ?? 0;
      const bodyCssPx = themeFor(controller.state.settings).bodySize * zoom * cssPerPixel;
      return { arrangement: stage.arrangement, width: stage.width, height: stage.height, bodyCssPx };
    },
  };
  return publishHook(hook);
}
