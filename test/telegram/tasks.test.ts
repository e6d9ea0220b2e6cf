import { describe, expect, it } from 'vitest';
import { TaskTracker } from '../../src/telegram/transport/tasks.js';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('TaskTracker', () => {
  it('starts a task on a later event-loop turn, not in the microtasks of the handler that queued it', async () => {
    const tasks = new TaskTracker();
    const order: string[] = [];
    tasks.run('answer', async () => {
      order.push('task');
    });
    for (let i = 0; i < 10; i++) await Promise.resolve();
    order.push('handler done');
    await nextTurn();
    await tasks.drain(1_000);
    expect(order).toEqual(['handler done', 'task']);
  });

  it('runs the tasks of one key in order, and other keys meanwhile', async () => {
    const tasks = new TaskTracker();
    const order: string[] = [];
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    tasks.run('first', async () => {
      await slow;
      order.push('chat 1: first');
    }, 1);
    tasks.run('second', async () => {
      order.push('chat 1: second');
    }, 1);
    tasks.run('other', async () => {
      order.push('chat 2');
    }, 2);
    await nextTurn();
    await nextTurn();
    expect(order).toEqual(['chat 2']);
    expect(tasks.queuedKeys).toBe(1);
    release();
    await tasks.drain(1_000);
    expect(order).toEqual(['chat 2', 'chat 1: first', 'chat 1: second']);
    expect(tasks.queuedKeys).toBe(0);
  });
});
