import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

new RuleTester().run('no-insult', rule, {
  valid: [
    "If you didn't get the reset email, check your junk folder.",
    'Empty the trash folder to free up space.',
    'A silly mistake on our part, sorry!',
    // Denials are reassurance.
    'There are no stupid questions, and that is not a silly question at all!',
    'No question is stupid. There’s no such thing as a dumb question.',
    // Friendly or neutral uses of words that can insult.
    'Crazy fast shipping is our thing. Here’s a crazy idea: restart it first.',
    'Sorry for the silly mistake on our part; the invoice is fixed now.',
    'Don’t be silly, it’s no trouble at all.',
    'It’s ridiculous that the courier lost it twice — I’m so sorry.',
    // Reported or imagined judgments.
    'Some shops look at you like you are crazy for asking. You might feel silly asking, but please do.',
    // Names that only look like insults.
    'This idiot-proof checklist works with our jerk chicken recipe. We loved Hell’s Kitchen.',
    'Hello {{ticket.requester.first_name}}, your shell script is attached.',
    // Someone else's words and code.
    '"You idiot," the error dialog used to say; we removed it.',
    '> This is a waste of my time!\n\nI’m sorry it took three emails to get here.',
    'Set `stupid_mode: false` in the config.',
    // Time is precious; wasting *yours* is what we want to avoid.
    'We don’t want to waste your time, so here is the short version.',
    // `allow` takes a built-in word out.
    { code: 'Damn, that was quick!', options: { allow: ['damn'] } },
  ],
  invalid: [
    { code: 'What a stupid feature request.', errors: 1 },
    { code: 'This is a garbage pull request.', errors: 1 },
    {
      code: "That's a ridiculous request.",
      errors: [{ messageId: 'insult', text: "That's a ridiculous request", line: 1, column: 1, endColumn: 28 }],
    },
    {
      code: 'Hi {{ticket.requester.first_name}},\n\nYou’re being ridiculous.',
      errors: [{ messageId: 'insult', text: 'You’re being ridiculous', line: 3, column: 1 }],
    },
    {
      // An insult is still one as a question.
      code: 'Are you stupid?',
      errors: [{ messageId: 'insult', text: 'Are you stupid' }],
    },
    {
      code: 'What you’re asking for is absurd.',
      errors: [{ messageId: 'insult', text: 'What you’re asking for is absurd' }],
    },
    {
      code: 'Your stupid question was answered in the FAQ. Your crazy request is denied.',
      errors: [
        { messageId: 'insult', text: 'Your stupid question' },
        { messageId: 'insult', text: 'Your crazy request' },
      ],
    },
    {
      code: 'That’s a dumb question.',
      errors: [{ messageId: 'insult', text: 'That’s a dumb question' }],
    },
    {
      code: 'Honestly, this is a waste of my time.',
      errors: [{ messageId: 'insult', text: 'a waste of my time', column: 19 }],
    },
    {
      code: 'You are wasting our time with these tickets.',
      errors: [{ messageId: 'insult', text: 'wasting our time' }],
    },
    {
      code: 'Only an idiot would delete that folder.',
      errors: [{ messageId: 'insult', text: 'an idiot' }],
    },
    {
      code: 'Stop being lazy and read the guide.',
      errors: [{ messageId: 'insult', text: 'Stop being lazy' }],
    },
    {
      code: 'What the hell happened here? Damn.',
      errors: [
        { messageId: 'profanity', text: 'What the hell' },
        { messageId: 'profanity', text: 'Damn' },
      ],
    },
    {
      code: '- This is BS and the app is crap.',
      errors: [
        { messageId: 'profanity', text: 'This is BS', column: 3 },
        { messageId: 'profanity', text: 'crap' },
      ],
    },
    {
      code: 'That policy is idiotic, and this is nonsense.',
      errors: [
        { messageId: 'insult', text: 'idiotic' },
        { messageId: 'insult', text: 'this is nonsense' },
      ],
    },
    {
      // `words` adds the team's own list, wherever it appears.
      code: 'Another numbskull ticket, from a total noob.',
      options: { words: ['numbskull', 'total noob'] },
      errors: [
        { messageId: 'insult', text: 'numbskull' },
        { messageId: 'insult', text: 'total noob' },
      ],
    },
  ],
});
