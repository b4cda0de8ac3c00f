// Optional cues at each change of breath: a short vibration (where the device has one) and a
// soft tone made on the spot with WebAudio (no sound file, nothing fetched). Both are off unless
// the person turns them on; the tone is quiet and fades in and out so it never startles.
import type { PhaseKind } from './breathing-pattern.ts';

export const canVibrate = (): boolean =>
  typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function';

export interface Cues {
  cue(kind: PhaseKind): void;
  close(): void;
}

const TONES: Record<PhaseKind, number> = { in: 392, 'hold-in': 330, out: 262, 'hold-out': 330 };

/** Call from the Start button's click, so the browser lets the audio start. */
export function createCues(options: { vibrate: boolean; sound: boolean }): Cues {
  let audio: AudioContext | null = null;
  if (options.sound && typeof AudioContext === 'function') {
    try {
      audio = new AudioContext();
    } catch {
      audio = null;
    }
  }
  return {
    cue(kind) {
      if (options.vibrate && canVibrate()) navigator.vibrate(kind === 'in' ? 80 : 40);
      if (!audio) return;
      const start = audio.currentTime;
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = 'sine';
      osc.frequency.value = TONES[kind];
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(0.06, start + 0.15);
      gain.gain.linearRampToValueAtTime(0, start + 0.9);
      osc.connect(gain).connect(audio.destination);
      osc.start(start);
      osc.stop(start + 1);
    },
    close() {
      void audio?.close().catch(() => undefined);
      audio = null;
    },
  };
}
