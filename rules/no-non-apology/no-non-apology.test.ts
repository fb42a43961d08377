import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

new RuleTester().run('no-non-apology', rule, {
  valid: [
    // Apologies that name what went wrong.
    "I'm sorry your delivery was two days late.",
    'I’m very sorry that happened.',
    'Sorry for the delay in getting back to you.',
    'Sorry for the confusion — the link in my last email was wrong.',
    'Sorry for the inconvenience of a second trip to the post office.',
    'I’m sorry we charged you twice.',
    'I’m sorry you were charged twice.',
    'I’m sorry you felt ignored — that’s on us, and I’ve fixed the routing.',
    // Sympathy.
    'Sorry to hear this — it’s not something we see often.',
    // A conditional apology for something that may have reached the wrong person is fine.
    'Sorry if this email reached you by mistake; please disregard it.',
    'Sorry, if you need anything else, just reply.',
    // Reassurance about the customer's own slip, or owning ours.
    'Don’t worry, mistakes happen! I’ve corrected the address for you.',
    'Mistakes happen, and this one was ours. I’m sorry, and the replacement ships today.',
    'I’m sorry — it happens when the cache fills up, and the update fixes it.',
    // A conditional promise, not an apology; quotes.
    'If we made a mistake, we’ll fix it today.',
    'If you were disappointed with the fit, just reply and we’ll swap it.',
    '> We apologize for any inconvenience.\n\nThat reply wasn’t good enough, and I’m sorry we kept you waiting a week.',
  ],
  invalid: [
    {
      code: 'I’m sorry if you feel that we let you down.',
      errors: [{ messageId: 'ifYouFeel', text: 'sorry if you feel', line: 1, column: 5, endColumn: 22 }],
    },
    {
      code: 'Sorry if you were offended.',
      errors: [{ messageId: 'ifYouFeel', text: 'Sorry if you were offended' }],
    },
    {
      code: 'We apologize if you were upset by our reply.',
      errors: [{ messageId: 'ifYouFeel', text: 'apologize if you were upset' }],
    },
    {
      code: 'Hi {{ticket.requester.first_name}},\n\nI’m sorry you feel that way.',
      errors: [{ messageId: 'youFeel', text: 'sorry you feel that way', line: 3, column: 5 }],
    },
    {
      code: 'I’m sorry that you feel frustrated.',
      errors: [{ messageId: 'youFeel', text: 'sorry that you feel' }],
    },
    {
      code: 'We apologize for any inconvenience this may have caused.',
      errors: [{ messageId: 'anyInconvenience', text: 'apologize for any inconvenience this may have caused' }],
    },
    {
      code: 'We regret any inconvenience.',
      errors: [{ messageId: 'anyInconvenience', text: 'regret any inconvenience' }],
    },
    {
      code: 'Please accept our apologies for any inconvenience caused.',
      errors: [{ messageId: 'anyInconvenience', text: 'accept our apologies for any inconvenience' }],
    },
    {
      code: 'Sorry for any confusion.',
      errors: [{ messageId: 'anyInconvenience', text: 'Sorry for any confusion' }],
    },
    {
      code: 'We apologize for any delay in responding.',
      errors: [{ messageId: 'anyInconvenience', text: 'apologize for any delay' }],
    },
    {
      code: 'Your order is on its way. Sorry for the inconvenience.',
      errors: [{ messageId: 'theInconvenience', text: 'Sorry for the inconvenience', column: 27 }],
    },
    {
      code: 'If I did something wrong, I’m sorry.',
      errors: [{ messageId: 'conditional', text: 'If I did something wrong' }],
    },
    {
      code: 'If you were offended, we apologize.',
      errors: [{ messageId: 'ifYouFeel', text: 'If you were offended' }],
    },
    {
      code: 'Sorry if I came across as rude.',
      errors: [{ messageId: 'conditional', text: 'Sorry if I came across' }],
    },
    {
      code: 'I’m sorry about the mix-up. Mistakes happen.',
      errors: [{ messageId: 'mistakesHappen', text: 'Mistakes happen', column: 29 }],
    },
    {
      code: 'We apologize for any inconvenience.',
      errors: [{ message: /^"apologize for any inconvenience" is a form-letter apology.+ Name the specific failure, for example "I'm sorry your order arrived two days late\."$/ }],
    },
  ],
});
