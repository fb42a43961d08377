import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

new RuleTester().run('no-cant-without-can', rule, {
  valid: [
    // The other side of the "no" after "but", a named way through, or "so" + what we did or need.
    "We don't offer same-day delivery yet, but express shipping arrives the next business day.",
    "We don't accept pull requests without an issue first.",
    "It's not possible to change the engraving after production starts, so I've paused your order until you confirm.",
    "We're unable to see your screen, so a short recording would help a lot.",
    // An alternative in the same sentence, after "but".
    "We can't refund digital purchases, but I can add the same amount as credit to your account.",
    "We don't currently offer Small, but we're tracking the request as we plan future sizes.",
    // An alternative later in the same paragraph.
    "Your order is already with fulfillment, so we can't modify it. Once it arrives, we'll set up a free exchange or return — just reply here when it lands.",
    // An alternative earlier in the same paragraph, or in the next one.
    "We'll do our best to pass your report on, but we can't guarantee anything about their response.",
    "Unfortunately, it's not possible to change the address after shipping.\n\nYou can cancel the order and place a new one, though.",
    'Unfortunately, we are currently not accepting new integrations.\n\nWe would be more than happy to list yours on our integrations page.',
    // Escalation, a link, an instruction, or a question that moves things on.
    "I'm not able to change billing details from here. I've passed this to our billing team, who'll email you today.",
    "We don't offer phone support. Our chat team is there around the clock: [start a chat](https://example.com/chat).",
    "We can't restore deleted files. Try the Trash folder in the web app first: deleted files stay there for 30 days.",
    'We do not accept returns after 30 days. Could you tell me when the order arrived?',
    // Idioms, not refusals.
    "We can't wait to see what you build! You can't go wrong with the Pro plan.",
    "I can't thank you enough for the detailed report. We cannot stress enough how much it helped. I can't imagine how frustrating that was.",
    "I can't tell you how sorry I am, and we don't want you to miss out. Don't hesitate to reply.",
    // Questions, conditionals, quotations and code.
    "Can't find it? Reply and we'll resend it.",
    "If we can't reach you by phone, the courier will leave a note. If this is a driver bug, or we can't link it to our code, the report is closed.",
    '> We can\'t do that, your colleague said.\n\nThanks for writing in.',
    'The error says "we cannot process your request" when the card has expired.',
    'Run `we-cannot-sync --dry-run` to see the list.',
    // Not our refusal: a warning, and "not something we see often".
    'Deleting the account cannot be undone. Sorry to hear this — it\'s not something we see often.',
    // With `paragraphs: 2`, the alternative may come two paragraphs later.
    { code: "We can't change it.\n\nThe order left our warehouse this morning.\n\nI can send a return label as soon as it arrives.", options: { paragraphs: 2 } },
  ],
  invalid: [
    { code: "We can't refund it, but not for lack of trying.", errors: 1 },
    { code: 'We do not install personal software on work laptops.', errors: [{ text: 'We do not install' }] },
    {
      code: "We can't refund digital purchases.",
      errors: [{ messageId: 'refusal', text: "We can't refund", line: 1, column: 1, endLine: 1, endColumn: 16 }],
    },
    {
      code: 'Hi {{ticket.requester.first_name}},\n\nUnfortunately, we are unable to ship to PO boxes.\n\nBest,\nSam',
      errors: [{ messageId: 'refusal', text: 'we are unable to ship', line: 3, column: 16 }],
    },
    {
      // A bug tracker's closing reply (corpus A4).
      code: 'Thanks for the report.\n\nHowever this is not a bug report we can handle usefully.\n\nClosing.',
      errors: [{ messageId: 'refusal', text: 'this is not a bug report we can handle', line: 3, column: 9 }],
    },
    {
      // A promise of news is not an alternative (corpus A13).
      code: 'Any personal estimate may be misleading, so we cannot currently tell it at the moment. Once we get any results, we will post them in this thread.',
      errors: [{ messageId: 'refusal', text: 'we cannot currently tell' }],
    },
    {
      code: "Sorry, we don't offer phone support.",
      errors: [{ messageId: 'refusal', text: "we don't offer" }],
    },
    {
      code: "Unfortunately, it's not possible to change the address after shipping.",
      errors: [{ messageId: 'refusal', text: "it's not possible" }],
    },
    {
      code: "That isn't possible.\n\nThanks for understanding.",
      errors: [{ messageId: 'refusal', text: "That isn't possible" }],
    },
    {
      // A generic closer offers nothing.
      code: 'We do not accept returns after 30 days. Let us know if you have any other questions.',
      errors: [{ messageId: 'refusal', text: 'We do not accept' }],
    },
    {
      code: "Sorry, we can't.",
      errors: [{ messageId: 'refusal', text: "we can't", column: 8, endColumn: 16 }],
    },
    {
      code: "We won't be able to extend the trial, and we no longer offer the legacy plan.",
      errors: [
        { messageId: 'refusal', text: "We won't be able to extend" },
        { messageId: 'refusal', text: 'we no longer offer' },
      ],
    },
    {
      code: 'This is not something we can change. Your order cannot be cancelled once it has shipped.',
      errors: [
        { messageId: 'refusal', text: 'This is not something we can change' },
        { messageId: 'refusal', text: 'cannot be cancelled' },
      ],
    },
    {
      // The alternative is two paragraphs away: too far by default.
      code: "We can't change it.\n\nThe order left our warehouse this morning.\n\nI can send a return label as soon as it arrives.",
      errors: [{ messageId: 'refusal', text: "We can't change" }],
    },
    {
      // With `paragraphs: 0`, only the refusal's own paragraph counts.
      code: "We can't change it.\n\nI can send a return label as soon as it arrives.",
      options: { paragraphs: 0 },
      errors: [{ messageId: 'refusal', text: "We can't change" }],
    },
    {
      // A heading starts another reply: its text doesn't rescue the refusal above it.
      code: "## Returns\n\nYou can't return opened items.\n\n## Exchanges\n\nYou can exchange any item within 60 days.",
      errors: [{ messageId: 'refusal', text: "You can't return", line: 3, column: 1 }],
    },
    {
      code: "- We don't ship to Canada.\n- Orders over $50 ship free.",
      errors: [{ messageId: 'refusal', text: "We don't ship", line: 1, column: 3 }],
    },
    {
      code: "I'm not in a position to approve this, and there's no way for us to recover the old file.",
      errors: [
        { messageId: 'refusal', text: "I'm not in a position to approve" },
        { messageId: 'refusal', text: "there's no way for us to recover" },
      ],
    },
  ],
});
