import { describe, expect, it } from 'vitest';
import { PracticeTimer, timerAnnouncement } from '../../src/lib/practiceTimer';
import { manualClock } from './helpers/storage';

describe('the practice timer', () => {
  it('counts the time spent answering, pauses left out', () => {
    const clock = manualClock();
    const timer = new PracticeTimer(clock.now);
    timer.start();
    clock.advance(65_400);
    timer.pause();
    clock.advance(600_000); // the learner stepped away
    expect(timer.seconds).toBe(65);
    timer.start();
    clock.advance(10_000);
    expect(timer.seconds).toBe(75);
    expect(timer.running).toBe(true);
  });

  it('announces one minute left and time up once each, and nothing without a limit', () => {
    expect(timerAnnouncement(300, 239, 240)).toBe('One minute left.');
    expect(timerAnnouncement(300, 240, 241)).toBe('');
    expect(timerAnnouncement(300, 299, 300)).toBe('Time is up. Finish your thought, then show the guide.');
    expect(timerAnnouncement(300, 300, 400)).toBe('');
    expect(timerAnnouncement(0, 0, 1000)).toBe('');
  });

  it('announces a crossing even when a tick was late (a background tab)', () => {
    expect(timerAnnouncement(120, 50, 75)).toBe('One minute left.');
    expect(timerAnnouncement(120, 100, 130)).toBe('Time is up. Finish your thought, then show the guide.');
  });
});
