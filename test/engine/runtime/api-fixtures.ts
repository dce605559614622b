// A project around one API block `call` (next: after, onError: oops) for the API block tests.
import { project, text } from './fixtures';

export function apiProject(api: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return project(
    [
      {
        id: 'call',
        type: 'api',
        url: 'https://shop.example.com/stock',
        next: 'after',
        onError: 'oops',
        ...api,
      },
      { id: 'after', type: 'message', messages: [text('after')] },
      { id: 'jumped', type: 'message', messages: [text('jumped {account.limit}')] },
      { id: 'oops', type: 'message', messages: [text('Error: {lastError}')] },
      { id: 'fallback', type: 'message', messages: [text('fallback: {lastError}')] },
    ],
    extra,
  );
}
