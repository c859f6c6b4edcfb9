/**
 * The gentle chime when a timebox ends: two soft sine notes (G5, C6) that fade out within about a second and a half,
 * played once (never a loop), quiet enough not to startle a room. The coach can turn it off; the choice is kept
 * on this computer.
 */
const MUTE_KEY = 'lapimurto.chimeMuted';

export function chimeMuted(): boolean {
  try {
    return localStorage.getItem(MUTE_KEY) === '1';
  } catch {
    return false;
  }
}

export function setChimeMuted(muted: boolean): void {
  try {
    if (muted) localStorage.setItem(MUTE_KEY, '1');
    else localStorage.removeItem(MUTE_KEY);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

let audio: AudioContext | null = null;

/** Plays the chime unless muted; true when it was played. */
export function playChime(): boolean {
  if (chimeMuted()) return false;
  try {
    const Ctx = window.AudioContext;
    if (!Ctx) return true;
    audio ??= new Ctx();
    void audio.resume().catch(() => undefined);
    const t0 = audio.currentTime + 0.03;
    for (const [freq, delay] of [
      [784, 0],
      [1047, 0.28],
    ] as const) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, t0 + delay);
      gain.gain.exponentialRampToValueAtTime(0.12, t0 + delay + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + delay + 1.3);
      osc.connect(gain).connect(audio.destination);
      osc.start(t0 + delay);
      osc.stop(t0 + delay + 1.4);
    }
  } catch {
    // No audio device (or a browser without WebAudio): the visible overtime still tells the coach.
  }
  return true;
}
