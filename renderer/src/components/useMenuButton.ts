import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * The keyboard and focus behaviour of a WAI-ARIA menu button with `count` items: Enter/Space/ArrowDown open at the
 * first item, ArrowUp at the last; in the menu the arrows move (wrapping), Home/End jump, Escape closes and returns
 * focus to the button, Tab closes; a pointer press outside closes.
 */
export function useMenuButton(count: number) {
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (open) itemRefs.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  function openAt(index: number) {
    setFocusIndex(index);
    setOpen(true);
  }

  function close(returnFocus = true) {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }

  function onButtonKey(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openAt(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(count - 1);
    }
  }

  function onMenuKey(e: KeyboardEvent) {
    if (e.key === 'ArrowDown') setFocusIndex((i) => (i + 1) % count);
    else if (e.key === 'ArrowUp') setFocusIndex((i) => (i - 1 + count) % count);
    else if (e.key === 'Home') setFocusIndex(0);
    else if (e.key === 'End') setFocusIndex(count - 1);
    else if (e.key === 'Escape') close();
    else if (e.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    e.preventDefault();
  }

  return {
    open,
    buttonRef,
    rootRef,
    /** Ref callback for item `i`. */
    itemRef: (i: number) => (el: HTMLButtonElement | null) => {
      itemRefs.current[i] = el;
    },
    /** Hovering an item moves the roving focus to it. */
    hover: (i: number) => setFocusIndex(i),
    toggle: () => (open ? close() : openAt(0)),
    close,
    onButtonKey,
    onMenuKey,
  };
}
