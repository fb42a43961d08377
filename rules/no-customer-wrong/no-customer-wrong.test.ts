import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

new RuleTester().run('no-customer-wrong', rule, {
  valid: [
    // An explained verdict is an explanation, not a verdict.
    'This behaves as intended because the cache is per process; I have opened an issue to document it.',
    'It is working as designed, since exports run once a day at midnight.',
    "You're not wrong: the banner is confusing, and we're changing it.",
    'You’re right, and I’m sorry for the mix-up.',
    'If the address is incorrect, reply with the right one and I’ll update it.',
    'Am I wrong in thinking the order was placed on Monday?',
    'Is that not correct? Let me know and I’ll check again.',
    'The price shown was incorrect — that’s our mistake, and I’ve refunded the difference.',
    "I'm not saying you're wrong; let's look at the logs together.",
    "I can see why you're confused: our email used two different dates.",
    "That's not right, and I'm sorry it happened.",
    'That is not the case for annual plans, which renew once a year.',
    "That's not the case — your payment carries over to the new plan.",
    'I know you were confused by the two emails we sent.',
    'Our two emails left you confused with all those dates, and that’s on us.',
    'This is incorrect behaviour on our side, and we are fixing it.',
    'You were sent the wrong item, so a replacement is on its way.',
    'Once fixed, it’s working as intended again.',
    'If you don’t understand any step, reply here and I’ll walk you through it.',
    // Quoted customer text and code are not the writer's voice.
    '> You are wrong about my order.\n\nThanks for writing in, {{ticket.requester.first_name}}.',
    'You wrote "that is not true" in your last message, and I understand why.',
    'Run `you are wrong` in the test console to see the sample.',
    // A different phrase that only looks similar.
    'Sorry for the misunderstanding on our side.',
  ],
  invalid: [
    {
      code: "You're wrong, the charge is correct.",
      errors: [{ messageId: 'wrong', text: "You're wrong", line: 1, column: 1, endLine: 1, endColumn: 13 }],
    },
    {
      code: 'Hi {{ticket.requester.first_name}}, you’re mistaken about the renewal date.',
      errors: [{ messageId: 'wrong', text: 'you’re mistaken', line: 1, column: 37, endColumn: 52 }],
    },
    {
      code: 'Hi {%customer.firstName,fallback=there%},\n\nI think you may be confused about how billing works.',
      errors: [{ messageId: 'confused', text: 'you may be confused', line: 3, column: 9 }],
    },
    {
      code: 'You seem to have misunderstood the offer.',
      errors: [{ messageId: 'misunderstood', text: 'You seem to have misunderstood' }],
    },
    {
      code: 'You don’t understand how the plan works.',
      errors: [{ messageId: 'misunderstood', text: 'You don’t understand' }],
    },
    {
      code: "Hello,\r\n\r\nSorry, but that's simply not true.\r\nThe order shipped on May 3.",
      errors: [{ messageId: 'notTrue', text: "that's simply not true", line: 3, column: 12, endLine: 3, endColumn: 34 }],
    },
    {
      code: '---\ntitle: Billing dispute\n---\nThat is incorrect. The charge matches your invoice.',
      errors: [{ messageId: 'notTrue', text: 'That is incorrect', line: 4, column: 1, endColumn: 18 }],
    },
    {
      code: 'What you said is wrong: the plan renews monthly.',
      errors: [{ messageId: 'notTrue', text: 'What you said is wrong' }],
    },
    {
      code: 'Your understanding is incorrect, so let me explain.',
      errors: [{ messageId: 'notTrue', text: 'Your understanding is incorrect' }],
    },
    {
      code: 'Contrary to what you think, the plan renews monthly.',
      errors: [{ messageId: 'notTrue', text: 'Contrary to what you think' }],
    },
    {
      code: "You're confusing the Pro plan with the Team plan.",
      errors: [{ messageId: 'mixedUp', text: "You're confusing" }],
    },
    {
      code: 'You confused the Pro plan with the Team plan.',
      errors: [{ messageId: 'mixedUp', text: 'You confused the Pro plan with' }],
    },
    {
      code: 'This is working as intended.',
      errors: [{ messageId: 'asIntended', text: 'This is working as intended' }],
    },
    {
      code: 'The described behavior is how it is expected to work.',
      errors: [{ messageId: 'asIntended', text: 'is how it is expected to work' }],
    },
    {
      code: 'You made a mistake in the address, and you are wrong about the date.',
      errors: [
        { messageId: 'wrong', text: 'You made a mistake', column: 1 },
        { messageId: 'wrong', text: 'you are wrong', column: 40 },
      ],
    },
    {
      code: 'Thanks for writing.\n\n- You misread the instructions.',
      filePath: 'reply.txt',
      errors: [{ messageId: 'misunderstood', text: 'You misread', line: 3, column: 3 }],
    },
    {
      code: '> Please help.\n\nYou have it all wrong.',
      errors: [{ messageId: 'wrong', text: 'You have it all wrong', line: 3, column: 1 }],
    },
    {
      code: "You're wrong.",
      errors: [{ message: /^"You're wrong" tells the customer they are wrong\. .+ State the facts instead/ }],
    },
  ],
});
