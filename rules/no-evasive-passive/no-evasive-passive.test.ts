import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

new RuleTester().run('no-evasive-passive', rule, {
  valid: [
    'Your release was published on Monday.',
    // Good news and neutral status.
    'Your order was shipped today.',
    'Your refund was processed on May 3.',
    'Your subscription was cancelled as you asked.',
    // Owned.
    'We made a mistake with your order, and I’ve fixed it.',
    'I’m sorry we lost your order.',
    'I’m sorry your order was delayed on our end.',
    'I’m sorry your order was lost, and I’ve sent a replacement.',
    'Mistakes were made by our warehouse team, and we’re retraining them.',
    // An agent or a cause is named.
    'I’m sorry your parcel was lost by the carrier.',
    'Your order was delayed because our warehouse flooded, and I’m sorry.',
    'Unfortunately, your order was delayed due to the storm.',
    // The customer's own report, sympathy.
    'Sorry to hear your package was damaged.',
    'You mentioned your order was lost, and I’m sorry about that.',
    // No apology or fault word nearby.
    'Your order was cancelled.',
    // Conditionals, questions, quotes.
    'If your package was damaged, send us a photo.',
    'Was your order delayed?',
    '> My order was lost, sorry to say.\n\nThanks for letting me know.',
  ],
  invalid: [
    { code: 'Sorry, your comment was hidden by mistake.', errors: [{ messageId: 'passive', text: 'your comment was hidden by mistake' }] },
    { code: 'Apologies: the notes were published with the wrong version number.', errors: 1 },
    {
      code: 'Mistakes were made.',
      errors: [{ messageId: 'mistakesWereMade', text: 'Mistakes were made', line: 1, column: 1, endColumn: 19 }],
    },
    {
      code: 'We’re sorry. An error was made when processing your refund.',
      errors: [{ messageId: 'mistakesWereMade', text: 'An error was made', column: 14 }],
    },
    {
      code: 'Hi {{ticket.requester.first_name}},\n\nI’m sorry your order was delayed.',
      errors: [{ messageId: 'passive', text: 'your order was delayed', line: 3, column: 11 }],
    },
    {
      code: 'I’m sorry that the replacement was delayed.',
      errors: [{ messageId: 'passive', text: 'the replacement was delayed', column: 16 }],
    },
    {
      code: 'Unfortunately, your package was lost in transit.',
      errors: [{ messageId: 'passive', text: 'your package was lost' }],
    },
    {
      code: 'Your package was lost in transit. I’m so sorry.',
      errors: [{ messageId: 'passive', text: 'Your package was lost' }],
    },
    {
      code: 'Sorry! Your order was delayed.',
      errors: [{ messageId: 'passive', text: 'Your order was delayed', column: 8 }],
    },
    {
      code: 'Sorry, your request wasn’t processed.',
      errors: [{ messageId: 'passive', text: 'your request wasn’t processed' }],
    },
    {
      code: 'Apologies — the package was damaged.',
      errors: [{ messageId: 'passive', text: 'the package was damaged' }],
    },
    {
      code: 'Your ticket was closed by mistake.',
      errors: [{ messageId: 'passive', text: 'Your ticket was closed by mistake' }],
    },
    {
      code: 'Your order was accidentally cancelled.',
      errors: [{ messageId: 'passive', text: 'Your order was accidentally cancelled' }],
    },
    {
      code: 'Your email was overlooked.',
      errors: [{ messageId: 'passive', text: 'Your email was overlooked' }],
    },
    {
      code: 'I’m sorry, you were charged twice.',
      errors: [{ messageId: 'passive', text: 'you were charged twice' }],
    },
    {
      code: 'You were given the wrong information.',
      errors: [{ messageId: 'passive', text: 'You were given the wrong' }],
    },
    {
      code: 'The wrong size was sent.',
      errors: [{ messageId: 'passive', text: 'The wrong size was sent' }],
    },
    {
      code: 'Mistakes were made.',
      errors: [{ message: /^"Mistakes were made" admits a mistake without saying who made it.+ Say who: "We made a mistake with your order/ }],
    },
  ],
});
