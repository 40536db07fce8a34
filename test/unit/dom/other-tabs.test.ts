// @vitest-environment happy-dom
/** Another tab's write to this story's case or progress stops this tab's saving, once; other keys do not. */
import { describe, expect, it } from 'vitest';
import { isSharedKey, watchOtherTabs } from '../../../src/game/other-tabs';

const written = (key: string | null) => window.dispatchEvent(new StorageEvent('storage', { key }));

describe('the game in two tabs', () => {
  it("stops once, on the other tab's write to this story's run or progress, or a cleared storage", () => {
    let stopped = 0;
    const unwatch = watchOtherTabs(window, 'the-consultant', () => stopped++);
    written('the-consultant/settings');
    written('the-consultant/stories/example/run');
    written('the-consultant/stories/the-consultant/slots/1');
    expect(stopped).toBe(0);
    written('the-consultant/stories/the-consultant/run');
    written('the-consultant/stories/the-consultant/progress');
    expect(stopped).toBe(1);
    unwatch();
    expect(isSharedKey(null, 'x')).toBe(true);
    expect(isSharedKey('the-consultant/stories/x/progress', 'x')).toBe(true);
  });
});
