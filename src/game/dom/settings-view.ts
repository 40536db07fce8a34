/** The settings screen of the accessible layer: real form controls with labels. */
import type { Settings } from '../../save/settings-types';
import { settingControl } from '../control-keys';
import { CONTROL_LABELS as LABELS, TEXT_SIZE_LABELS, TEXT_SPEED_LABELS } from '../control-labels';
import type { Snapshot } from '../controller';
import { type BuildContext, button, buttonNav, heading, type ScreenView, UNIT } from './build';
import { el } from './elements';

export function settingsView(ctx: BuildContext, snapshot: Snapshot): ScreenView {
  const { doc, controller, prefix } = ctx;
  const h1 = heading(ctx, 'h1', 'Settings');
  const syncs: Array<(s: Settings) => void> = [];

  const range = (
    label: string,
    id: string,
    key: keyof Settings,
    pick: (s: Settings) => number,
    change: (v: number) => Partial<Settings>,
  ) => {
    const input = el(doc, 'input', {
      className: 'al-range',
      attrs: { type: 'range', id: `${prefix}-${id}`, min: '0', max: '100', step: '5', name: id },
    });
    const output = el(doc, 'span', { className: 'al-value', attrs: { 'aria-hidden': 'true' } });
    const sync = (s: Settings) => {
      const value = Math.round(pick(s) * 100);
      if (input.value !== String(value)) input.value = String(value);
      input.setAttribute('aria-valuetext', `${value}%`);
      output.textContent = `${value}%`;
    };
    input.addEventListener('input', () => controller.changeSettings(change(Number(input.value) / 100)));
    syncs.push(sync);
    return el(doc, 'div', { className: `${UNIT} al-field`, attrs: { 'data-control': settingControl(key) } }, [
      el(doc, 'label', { className: 'al-field-label', text: label, attrs: { for: input.id } }),
      input,
      output,
    ]);
  };

  const checkbox = (label: string, id: string, pick: (s: Settings) => boolean, key: keyof Settings) => {
    const input = el(doc, 'input', {
      className: 'al-check',
      attrs: { type: 'checkbox', id: `${prefix}-${id}`, name: id },
    });
    input.addEventListener('change', () => controller.changeSettings({ [key]: input.checked } as Partial<Settings>));
    syncs.push((s) => {
      input.checked = pick(s);
    });
    return el(
      doc,
      'div',
      { className: `${UNIT} al-field al-field-check`, attrs: { 'data-control': settingControl(key) } },
      [input, el(doc, 'label', { className: 'al-field-label', text: label, attrs: { for: input.id } })],
    );
  };

  const radios = <T extends string>(
    legend: string,
    name: string,
    key: keyof Settings,
    options: Record<T, string>,
    pick: (s: Settings) => T,
    change: (value: T) => Partial<Settings>,
  ) => {
    const inputs = (Object.keys(options) as T[]).map((value) => {
      const input = el(doc, 'input', {
        className: 'al-radio',
        attrs: { type: 'radio', id: `${prefix}-${name}-${value}`, name: `${prefix}-${name}`, value },
      });
      input.addEventListener('change', () => {
        if (input.checked) controller.changeSettings(change(value));
      });
      return { value, input, label: options[value] };
    });
    syncs.push((s) => {
      const current = pick(s);
      for (const { value, input } of inputs) input.checked = value === current;
    });
    return el(
      doc,
      'fieldset',
      { className: `${UNIT} al-field al-field-radios`, attrs: { 'data-control': settingControl(key) } },
      [
        el(doc, 'legend', { className: 'al-field-label', text: legend }),
        ...inputs.map(({ input, label, value }) =>
          el(doc, 'span', { className: 'al-option', attrs: { 'data-control': settingControl(key, value) } }, [
            input,
            el(doc, 'label', { text: label, attrs: { for: input.id } }),
          ]),
        ),
      ],
    );
  };

  const form = el(doc, 'form', { className: 'al-form', attrs: { 'aria-labelledby': `${prefix}-heading` } }, [
    range(
      LABELS.musicVolume,
      'music',
      'musicVolume',
      (s) => s.musicVolume,
      (v) => ({ musicVolume: v }),
    ),
    range(
      LABELS.effectsVolume,
      'effects',
      'effectsVolume',
      (s) => s.effectsVolume,
      (v) => ({ effectsVolume: v }),
    ),
    checkbox(LABELS.mute, 'muted', (s) => s.muted, 'muted'),
    radios(
      LABELS.textSpeed,
      'speed',
      'textSpeed',
      TEXT_SPEED_LABELS,
      (s) => s.textSpeed,
      (textSpeed) => ({ textSpeed }),
    ),
    radios(
      LABELS.textSize,
      'size',
      'textSize',
      TEXT_SIZE_LABELS,
      (s) => s.textSize,
      (textSize) => ({ textSize }),
    ),
    checkbox(LABELS.reducedMotion, 'motion', (s) => s.reducedMotion, 'reducedMotion'),
    checkbox(LABELS.highContrast, 'contrast', (s) => s.highContrast, 'highContrast'),
    checkbox(LABELS.readAloud, 'read-aloud', (s) => s.readAloud, 'readAloud'),
    checkbox(LABELS.skipSeen, 'skip-seen', (s) => s.skipSeen, 'skipSeen'),
  ]);
  form.addEventListener('submit', (event) => event.preventDefault());
  for (const sync of syncs) sync(snapshot.settings);

  // Back is drawn in the form's head, beside the title: it comes first here too.
  const element = el(doc, 'section', { className: 'al-settings' }, [
    h1,
    buttonNav(ctx, 'Settings', [button(ctx, LABELS.back, () => controller.back(), { key: 'Esc' })]),
    form,
  ]);
  return {
    element,
    heading: h1,
    initialFocus: () => h1,
    update(previous, next) {
      if (previous.settings !== next.settings) for (const sync of syncs) sync(next.settings);
      return true;
    },
  };
}
