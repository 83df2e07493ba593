// Pure: the example note "Create First Note" writes. No VS Code imports.

export const firstNotePath = 'notes/first-note.md';

export const firstNoteText = `---
domain: getting-started
tags: [example]
---

# My first PrepCode note

## Spaced repetition {#spaced-repetition}

Spaced repetition brings an idea back just before you would forget it; each good recall makes the
next gap longer. PrepCode schedules every heading (a topic) and every card with SM-2.

What does SM-2 stand for?::SuperMemo algorithm 2, published by Piotr Wozniak in 1987
Which grade means "recalled after some hesitation"?::Good (SM-2 quality 4)

### Practice questions

- Why does the interval grow after each successful review?
`;
