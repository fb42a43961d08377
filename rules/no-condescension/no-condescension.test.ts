import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

new RuleTester().run('no-condescension', rule, {
  valid: [
    'Of course, there is no charge for the exchange.',
    'Of course it is not a problem; I will send a new one today.',
    // Calls to action that lower effort are kind.
    'To join, simply reply to this email.',
    "Just reply and we'll sort it.",
    'Simply reply to this email with your order number.',
    'Just let me know if you have any questions.',
    'Just email us and we’ll help.',
    'Just click the link below to confirm your email.',
    'To get started, simply download the app.',
    // Our own actions, time, set phrases.
    'I just wanted to check in.',
    'We just shipped it this morning.',
    "Let's just exchange it; I'll send the label today.",
    'Just in case, here is the link again.',
    'Just a heads-up: our office is closed on Monday.',
    'Just to confirm, your order number is 4417.',
    'Just like shoes, some pairs wear faster than others.',
    "Restart it and we'll take it from there — or just reply if it's still stuck.",
    // "Of course" with an offer or a permission.
    "Of course, we're happy to help.",
    "Of course, if you'd still prefer to return it, we're happy to do that as well.",
    'Of course!',
    'Of course you can return it at any time.',
    'There would, of course, be no charge for the replacement.',
    'Of course, you should have received a confirmation email by now; I’ve resent it.',
    // "Easy" as an excuse, a negation, our side or a benefit.
    "It's easy to miss, so here's where it is.",
    "It's easy to get confused by the two plans.",
    "It's not easy to find, so here's the link.",
    "It's easy for us to swap the size.",
    "We've made it easy to return items.",
    "That's easy to fix; I'll update it now.",
    // "Clearly" / "obviously" for manner, praise or our own failure.
    'Please make sure the return number is clearly written on the box.',
    'Please clearly label the box.',
    "You've clearly put a lot of thought into this.",
    'Clearly, we let you down here, and I’m sorry.',
    'Obviously, this isn’t the experience we want you to have.',
    // Kind uses of "knows".
    'Not everyone knows this, so here’s how it works.',
    "I'll let everyone know.",
    'We all know how frustrating waiting is.',
    'As you may know, we moved to a new warehouse in May.',
    // Options, questions, quotes, code, conditionals.
    'If the order hasn’t shipped yet, you can just cancel it from your account.',
    'Is it easy to set up?',
    '> Just restart it, it’s easy.\n\nThanks for sharing what the last agent said; I’m sorry about that.',
    'Run `just restart` in the terminal.',
    'If it’s easy for you, send a screenshot.',
  ],
  invalid: [
    { code: 'Obviously this will not work on the old version.', errors: [{ messageId: 'obviously', text: 'Obviously' }] },
    { code: 'Of course the export fails when the token has expired.', errors: [{ messageId: 'ofCourse', text: 'Of course' }] },
    {
      code: 'Simply read the docs.',
      errors: [{ messageId: 'simply', text: 'Simply', line: 1, column: 1, endColumn: 7, suggestions: [{ desc: 'Remove "Simply".', output: 'Read the docs.' }] }],
    },
    {
      code: 'Just restart it, it’s easy.',
      errors: [
        { messageId: 'simply', text: 'Just', suggestions: [{ output: 'Restart it, it’s easy.' }] },
        { messageId: 'easy', text: 'it’s easy', column: 18 },
      ],
    },
    {
      code: 'Hi {{ticket.requester.first_name}},\n\nPlease just restart the app.',
      errors: [{ messageId: 'simply', text: 'just', line: 3, column: 8, suggestions: [{ output: 'Hi {{ticket.requester.first_name}},\n\nPlease restart the app.' }] }],
    },
    {
      code: 'You just need to clear your cache.',
      errors: [{ messageId: 'simply', text: 'just', suggestions: [{ output: 'You need to clear your cache.' }] }],
    },
    {
      code: "You'll need to simply update the app.",
      errors: [{ messageId: 'simply', text: 'simply', suggestions: [{ output: "You'll need to update the app." }] }],
    },
    {
      code: 'If it still fails, just reinstall it.',
      errors: [{ messageId: 'simply', text: 'just', column: 20, suggestions: [{ output: 'If it still fails, reinstall it.' }] }],
    },
    {
      code: 'To fix this, simply clear your cache.',
      errors: [{ messageId: 'simply', text: 'simply' }],
    },
    {
      code: 'Just click Settings, it’s easy.',
      errors: [
        { messageId: 'simply', text: 'Just' },
        { messageId: 'easy', text: 'it’s easy' },
      ],
    },
    {
      code: 'All you need to do is restart the router.',
      errors: [{ messageId: 'simply', text: 'All you need to do is' }],
    },
    {
      code: 'Obviously you need to log in.',
      errors: [{ messageId: 'obviously', text: 'Obviously', line: 1, column: 1 }],
    },
    {
      code: 'You obviously need a valid licence for this.',
      errors: [{ messageId: 'obviously', text: 'obviously' }],
    },
    {
      code: 'The docs clearly state that you need an API key.',
      errors: [{ messageId: 'obviously', text: 'docs clearly state' }],
    },
    {
      code: 'The size is clearly marked on the box.',
      errors: [{ messageId: 'obviously', text: 'is clearly marked' }],
    },
    {
      code: 'Of course, you’ll need to log in first.',
      errors: [{ messageId: 'ofCourse', text: 'Of course' }],
    },
    {
      code: 'Of course it won’t work without a subscription.',
      errors: [{ messageId: 'ofCourse', text: 'Of course' }],
    },
    {
      code: 'It’s really easy.',
      errors: [{ messageId: 'easy', text: 'It’s really easy' }],
    },
    {
      code: 'Go to Settings > Billing. It’s quick and easy.',
      errors: [{ messageId: 'easy', text: 'It’s quick and easy', column: 27 }],
    },
    {
      code: 'The answer can easily be found in our FAQ.',
      errors: [{ messageId: 'easy', text: 'can easily be found' }],
    },
    {
      code: 'As everyone knows, the app needs an account.',
      errors: [{ messageId: 'everyoneKnows', text: 'As everyone knows' }],
    },
    {
      code: 'As you know, we moved to a new warehouse.',
      errors: [{ messageId: 'asYouKnow', text: 'As you know' }],
    },
    {
      code: 'You should know this by now.',
      errors: [{ messageId: 'asYouKnow', text: 'You should know this' }],
    },
    {
      code: 'It’s not rocket science.',
      errors: [{ messageId: 'rocketScience', text: 'not rocket science' }],
    },
    {
      code: 'This is basic stuff.',
      errors: [{ messageId: 'basic', text: 'This is basic stuff' }],
    },
    {
      code: 'Simply read the docs.',
      errors: [{ message: /^"Simply" makes the step sound trivial\. .+ Drop the word/ }],
    },
  ],
});
