import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

new RuleTester().run('no-policy-shield', rule, {
  valid: [
    'Your account has been unlocked, and the new password policy requires 14 characters.',
    // A policy stated with flexibility, a reason or an alternative.
    "Our standard return window is 30 days, but we'd still love to help where we can.",
    'Per our policy, we can’t refund opened items because they can’t be resold.',
    'Per our policy, we can’t change the address, but I can cancel and reorder it for you.',
    'We can’t share account details with anyone else. It’s our policy, to protect your privacy.',
    'For your security, it’s our policy to ship only to the billing address.',
    'Company policy states that refunds take 10 days. Instead, I can send you a store credit today.',
    'Our policy prevents us from changing the email on an order. What I can do is cancel it and set up a new one.',
    'It’s company policy so that every customer gets the same price.',
    // A policy that commits us, or good news.
    "It's our policy to reply within one business day.",
    'As per our refund policy, you’re eligible for a full refund.',
    // Not a shield at all.
    'Please read our privacy policy for details.',
    'The policy number is on your insurance card.',
    // Questions, quotes, links.
    'Is that against your policy?',
    '> They said it’s company policy.\n\nI’m sorry you were told that; let me look at your order myself.',
    'See [our company policy](https://example.com/policy) for the details.',
  ],
  invalid: [
    { code: 'Per our IT policy, we do not install personal software.', errors: [{ text: 'Per our IT policy' }] },
    {
      code: 'Per our policy, we can’t change the address.',
      errors: [{ messageId: 'perPolicy', text: 'Per our policy', line: 1, column: 1, endColumn: 15 }],
    },
    {
      code: 'Hi {{ticket.requester.first_name}},\n\nAs per company policy, refunds are not possible after 30 days.',
      errors: [{ messageId: 'perPolicy', text: 'As per company policy', line: 3, column: 1 }],
    },
    {
      code: 'It’s company policy.',
      errors: [{ messageId: 'itsPolicy', text: 'It’s company policy' }],
    },
    {
      code: 'I’m afraid that’s our policy.',
      errors: [{ messageId: 'itsPolicy', text: 'that’s our policy', column: 12 }],
    },
    {
      code: 'Unfortunately, company policy doesn’t allow refunds on sale items.',
      errors: [{ messageId: 'policySays', text: 'company policy doesn’t allow' }],
    },
    {
      code: 'That’s against our policy.',
      errors: [{ messageId: 'againstPolicy', text: 'against our policy' }],
    },
    {
      code: 'Our policy prevents us from accessing a customer’s internal resources without written approval.',
      errors: [{ messageId: 'policySays', text: 'Our policy prevents' }],
    },
    {
      code: 'Policy states that we can only ship to verified addresses.',
      errors: [{ messageId: 'policySays', text: 'Policy states' }],
    },
    {
      code: 'Since it has been 7 days, due to the policy of our bug tracker we will have to archive the report.',
      errors: [{ messageId: 'dueToPolicy', text: 'due to the policy' }],
    },
    {
      code: 'Because of our policy, we can’t refund opened items.',
      errors: [{ messageId: 'dueToPolicy', text: 'Because of our policy' }],
    },
    {
      code: 'Rules are rules.',
      errors: [{ messageId: 'rulesAreRules', text: 'Rules are rules' }],
    },
    {
      code: 'I’d love to help, but my hands are tied.',
      errors: [{ messageId: 'handsTied', text: 'my hands are tied' }],
    },
    {
      code: 'Per our return policy, we can’t accept worn shoes.\n\nThanks for understanding.',
      errors: [{ messageId: 'perPolicy', text: 'Per our return policy' }],
    },
    {
      code: 'Per our policy, we can’t change the address.',
      errors: [{ message: /^"Per our policy" answers the customer with a rule instead of a reason\..+ Say why the rule exists or what you can do/ }],
    },
  ],
});
