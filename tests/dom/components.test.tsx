// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../renderer/src/i18n';
import { TextField } from '../../renderer/src/components/TextField';
import { FileMenu } from '../../renderer/src/app/FileMenu';
import { handleGlobalKey } from '../../renderer/src/app/commands';
import { ErrorBoundary } from '../../renderer/src/app/ErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('TextField', () => {
  afterEach(() => vi.useRealTimers());

  it('saves as the coach types: once, under a second after the last keystroke, and not on every keystroke', async () => {
    vi.useFakeTimers();
    const onCommit = vi.fn();
    act(() => root.render(<TextField label="Nimi" value="A" onCommit={onCommit} />));
    const input = host.querySelector('input')!;
    expect(host.querySelector('label')!.textContent).toBe('Nimi');
    act(() => input.focus());
    act(() => type(input, 'Ab'));
    await act(async () => vi.advanceTimersByTimeAsync(300));
    act(() => type(input, 'Abc'));
    expect(onCommit).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTimeAsync(1000));
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit).toHaveBeenCalledWith('Abc');
    // Blur with nothing new typed writes nothing (no stale value written back).
    act(() => input.blur());
    await act(async () => vi.advanceTimersByTimeAsync(1000));
    expect(onCommit).toHaveBeenCalledTimes(1);
  });

  it('saves at once on Enter and blur, and skips unchanged or emptied required values', async () => {
    const onCommit = vi.fn();
    act(() => root.render(<TextField label="Nimi" value="A" required onCommit={onCommit} />));
    const input = host.querySelector('input')!;
    act(() => input.focus());
    await act(async () => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(onCommit).not.toHaveBeenCalled();
    act(() => type(input, '  '));
    await act(async () => input.blur());
    expect(onCommit).not.toHaveBeenCalled();
    expect(input.value).toBe('A');
    act(() => input.focus());
    act(() => type(input, 'B'));
    await act(async () => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(onCommit).toHaveBeenCalledWith('B');
  });

  it("keeps a long paste up to the limit and says it was cut; shows another window's text while not typing", async () => {
    const onCommit = vi.fn();
    act(() => root.render(<TextField label="Muistiinpano" value="" multiline maxLength={10} onCommit={onCommit} />));
    const area = host.querySelector('textarea')!;
    act(() => area.focus());
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    act(() => {
      setter.call(area, 'x'.repeat(100_000));
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(area.value).toBe('x'.repeat(10));
    expect(host.querySelector('[role="status"]')!.textContent).toContain('10');
    await act(async () => area.blur());
    expect(onCommit).toHaveBeenCalledWith('x'.repeat(10));
    act(() =>
      root.render(
        <TextField label="Muistiinpano" value="Toisesta ikkunasta" multiline maxLength={10} onCommit={onCommit} />,
      ),
    );
    expect(area.value).toBe('Toisesta ikkunasta');
  });
});

describe('FileMenu', () => {
  it('opens with ArrowDown, moves with arrows and closes with Escape', () => {
    act(() => root.render(<FileMenu hasWorkshop={false} />));
    const button = host.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!;
    expect(button.textContent).toContain('Tiedosto');
    act(() => button.focus());
    act(() => button.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
    const items = [...host.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
    expect(items.map((i) => i.textContent)).toEqual(expect.arrayContaining(['Tiimi Exceliin…', 'Kierros Exceliin…']));
    expect(document.activeElement).toBe(items[0]);
    act(() => items[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true })));
    expect(document.activeElement).toBe(items[items.length - 1]);
    // Exports need an open workshop.
    for (const label of ['Tiimi Exceliin…', 'Kierros Exceliin…'])
      expect(items.find((i) => i.textContent === label)!.getAttribute('aria-disabled')).toBe('true');
    act(() => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(host.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});

describe('shortcuts', () => {
  it('leaves Ctrl+Z to text fields', () => {
    const input = document.createElement('input');
    document.body.appendChild(input);
    const e = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true });
    Object.defineProperty(e, 'target', { value: input });
    handleGlobalKey(e);
    expect(e.defaultPrevented).toBe(false);
    input.remove();
  });
});

describe('ErrorBoundary', () => {
  it('shows a translated message and a reload button instead of a white screen', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Boom(): never {
      throw new Error('boom');
    }
    act(() =>
      root.render(
        <ErrorBoundary>
          <Boom />
        </ErrorBoundary>,
      ),
    );
    expect(host.querySelector('h1')!.textContent).toBe('Jokin meni vikaan');
    expect(host.querySelector('button')!.textContent).toBe('Lataa uudelleen');
    spy.mockRestore();
  });
});
