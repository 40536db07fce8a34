/** Route links in the address: a link opens the file where it ends, and the address follows the case. */
import { describe, expect, it } from 'vitest';
import { attachAutosave } from '../../../src/game/autosave';
import { type AddressBar, attachAddressRoute } from '../../../src/game/dom/address-route';
import { MemoryRuns, makeController } from '../dom/fixtures';

function fakeAddress(hash: string): AddressBar & { history: string[] } {
  const bar = {
    hash,
    history: [] as string[],
    replace(next: string) {
      bar.hash = next;
      bar.history.push(next);
    },
  };
  return bar;
}

function boot(hash: string, runs = new MemoryRuns()) {
  const { controller } = makeController({ runs, settings: { textSpeed: 'instant' } });
  attachAutosave(controller, runs);
  const address = fakeAddress(hash);
  attachAddressRoute(controller, address);
  return { controller, runs, address };
}

describe('a route link in the address', () => {
  it('opens a fresh browser on the page where the route ends, and saves that case', () => {
    const { controller, runs } = boot('#route=dinner');
    expect(controller.state.screen).toBe('case');
    expect(controller.state.passage?.id).toBe('b');
    expect(controller.state.notice).toBeNull();
    expect(runs.saved?.steps).toEqual([{ kind: 'choice', choice: 'dinner' }]);
  });

  it('opens at its last valid step, and says so, when the story no longer has one of its choices', () => {
    const { controller } = boot('#route=dinner.gone-since');
    expect(controller.state.passage?.id).toBe('b');
    expect(controller.state.notice).toContain('no longer fits');
    expect(controller.state.notice).toContain('after 1 of its 2 steps');
  });

  it('keeps the address in step with the case, and bare on the title', () => {
    const { controller, address } = boot('');
    expect(address.history).toEqual([]);
    controller.newCase();
    expect(address.hash).toBe('#route=');
    controller.takeChoice('dinner');
    expect(address.hash).toBe('#route=dinner');
    controller.takeChoice('leave');
    expect(controller.state.screen).toBe('ending');
    expect(address.hash).toBe('#route=dinner.leave');
    // Menu and settings over the case leave the route where it is.
    controller.toTitle();
    expect(address.hash).toBe('');
  });

  it('leaves a reload of the saved case on the title, with Continue and without a question', () => {
    const runs = new MemoryRuns();
    const first = boot('', runs);
    first.controller.newCase();
    first.controller.takeChoice('dinner');
    const reloaded = boot(first.address.hash, runs);
    expect(reloaded.controller.state.confirm).toBeNull();
    expect(reloaded.controller.state.screen).toBe('title');
    expect(reloaded.controller.state.canContinue).toBe(true);
    expect(reloaded.address.hash).toBe('');
    reloaded.controller.continueRun();
    expect(reloaded.controller.state.passage?.id).toBe('b');
    expect(reloaded.address.hash).toBe('#route=dinner');
  });

  it('asks before it replaces a different saved case, and keeps it on No', () => {
    const runs = new MemoryRuns();
    const first = boot('', runs);
    first.controller.newCase();
    first.controller.takeChoice('dinner');
    const saved = runs.saved;

    const refused = boot('#route=home', runs);
    expect(refused.controller.state.screen).toBe('title');
    expect(refused.controller.state.confirm).toBe('new-case');
    expect(refused.controller.state.notice).toContain('route link of 1 step');
    expect(refused.address.hash).toBe('#route=home');
    refused.controller.cancelConfirm();
    expect(runs.saved).toBe(saved);
    expect(refused.address.hash).toBe('');

    const accepted = boot('#route=home', runs);
    accepted.controller.confirmNewCase();
    expect(accepted.controller.state.screen).toBe('ending');
    expect(accepted.controller.state.passage?.id).toBe('end-home');
    expect(accepted.address.hash).toBe('#route=home');
  });
});
