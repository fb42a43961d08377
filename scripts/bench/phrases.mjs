// The phrase bank the bench generator builds support replies from. Written in the register of real
// Zendesk macros (short sentences, second person, liquid placeholders) so that clean replies are
// clean under the recommended rules and the parser sees the Markdown a template repository holds:
// bold, links, lists, placeholders and now and then a conditional.

export const GREETINGS = [
  'Hi {{ticket.requester.first_name | default: "there"}},',
  'Hello {{ticket.requester.first_name | default: "there"}},',
  'Hi {{ticket.requester.first_name | default: "there"}}!',
  'Dear {{ticket.requester.first_name | default: "customer"}},',
  'Hey {{ticket.requester.first_name | default: "there"}},',
];

export const THANKS = [
  'Thanks for getting in touch about this.',
  'Thank you for reaching out, and for the clear details.',
  'Thanks for letting us know, and sorry for the trouble.',
  'Thank you for your patience while we looked into this.',
  'Thanks for writing in. I can see why this is frustrating.',
  'Thank you for the screenshots. They helped a lot.',
  'Thanks so much for flagging this with us.',
];

export const OFFERS = [
  'If anything is still unclear, just reply to this email and I will pick it up.',
  'If you have any other questions, reply here and we will be glad to help.',
  'Let me know if this works for you. I am happy to help with anything else.',
  'If the problem comes back, reply to this ticket (#{{ticket.id}}) and we will take another look.',
  'Feel free to reply if you need a hand with any of these steps.',
  'You can reply to this email at any time, and it will come straight back to me.',
];

export const SIGN_OFFS = ['Best,', 'Kind regards,', 'Thanks again,', 'Warm wishes,', 'All the best,', 'Cheers,'];

export const SIGNATURES = [
  '{{current_user.first_name}}\n{{ticket.brand.name}} Support',
  '{{current_user.name}} | Customer Care',
  '{{current_user.first_name}} from the {{ticket.brand.name}} team',
  'The Support Team',
];

// One entry per kind of request: the title prefix Zendesk groups macros by, sentences that show the
// request was understood, body paragraphs, optional steps, and a help-centre link.
export const TOPICS = [
  {
    title: 'Billing::Double charge',
    ack: ['I can see two charges for the same order on your card.', 'We charged you twice this month, and that should not have happened.'],
    body: [
      'The second charge was a **pre-authorisation hold**. It is not a real payment, and your bank will release it within 3 to 5 business days.',
      'I have refunded the duplicate payment of {{ticket.ticket_field_360011111111}} today. You will see it on your statement in a few days.',
      'Our payment provider had a short outage on Monday, and some cards were charged twice. We have fixed the cause, so it will not happen again.',
      'Your next invoice will show the refund as a separate line, so your records stay clear.',
    ],
    steps: ['Open **Settings > Billing**.', 'Select **Invoices** and find this month.', 'Check that the refund line shows the full amount.'],
    link: ['billing help page', 'https://support.example.com/hc/en-us/articles/360001234567-Billing'],
  },
  {
    title: 'Orders::Shipping delay',
    ack: ['I know you have been waiting for order {{ticket.ticket_field_360022222222}} for over a week.', 'Your parcel is late, and I understand you need it soon.'],
    body: [
      'The carrier has the parcel at their regional hub. Bad weather has slowed their routes, and they expect to deliver it by **Friday**.',
      'I have asked the carrier to open a trace on the parcel. They usually reply within two working days, and I will update you as soon as they do.',
      'If the parcel has not arrived by Monday, we will send a replacement by express post at no extra cost.',
      '{% if ticket.priority == "urgent" %}I have marked your order as urgent, so the warehouse will pack it first.{% else %}The warehouse packs orders in the order they arrive.{% endif %}',
    ],
    steps: ['Open the tracking page from your order email.', 'Enter your postcode to see the latest scan.', 'Reply here with the last status you see.'],
    link: ['tracking page', 'https://shop.example.com/orders/track'],
  },
  {
    title: 'Account::Password reset',
    ack: ['You are not able to sign in, and the reset email has not arrived.', 'I understand how annoying it is to be locked out of your account.'],
    body: [
      'I have sent a new reset link to your address on file. It works for **24 hours**, so please use it today.',
      'Reset emails sometimes land in a spam or promotions folder. Adding support@example.com to your contacts helps them arrive.',
      'If your team uses single sign-on, the password is managed by your company. Your admin can reset it for you in a few minutes.',
      'For extra safety, we signed you out of every device when the link was sent.',
    ],
    steps: ['Go to the [sign-in page](https://app.example.com/login).', 'Click **Forgot password?** and enter your email.', 'Open the newest email from us and follow the link.', 'Choose a new password with at least 12 characters.'],
    link: ['account security guide', 'https://support.example.com/hc/en-us/articles/360002345678-Security'],
  },
  {
    title: 'Bugs::Report received',
    ack: ['Exports stop at 99% for you, and I was able to reproduce it on my side.', 'The dashboard shows the wrong totals for last month, and I can see it too.'],
    body: [
      'I have passed the details to our engineers, with your steps and screenshots. They have confirmed the bug and are working on a fix.',
      'A fix is planned for next week\'s release. I have linked your ticket to the bug, so you will hear from us when it ships.',
      'Until then, you can export the data in smaller date ranges. Ranges of one month work well in my tests.',
      'You can follow progress on our [status page](https://status.example.com), which we update every few hours.',
    ],
    steps: ['Open **Reports** and pick one month.', 'Click **Export** and choose CSV.', 'Repeat for the other months you need.'],
    link: ['known issues list', 'https://support.example.com/hc/en-us/articles/360003456789-Known-issues'],
  },
  {
    title: 'Product::Feature request',
    ack: ['You would like to schedule reports to go out every Monday.', 'A dark mode for the mobile app would help you work at night.'],
    body: [
      'That is a great idea, and you are not the only one asking. I have added your vote and your use case to the request our product team reviews.',
      'We do not have a date for it yet. I will update this ticket as soon as the team puts it on the roadmap.',
      'In the meantime, the **Zapier** integration can send a report on a schedule. It takes about ten minutes to set up.',
      'Our public roadmap lists what we are building next, and you can vote for requests there too.',
    ],
    steps: ['Connect your account in **Integrations > Zapier**.', 'Pick the **New scheduled report** trigger.', 'Choose Monday at 9:00 and save.'],
    link: ['public roadmap', 'https://example.com/roadmap'],
  },
  {
    title: 'Billing::Cancel subscription',
    ack: ['You would like to cancel your plan at the end of this month.', 'I am sorry to hear the plan is not the right fit for your team.'],
    body: [
      'I have cancelled the renewal for you. You keep full access until **{{ticket.ticket_field_360033333333}}**, and you will not be charged again.',
      'Your data stays in your account for 90 days, so you can come back at any time and pick up where you left off.',
      'If price was the reason, our **Starter** plan costs less and keeps your projects. I can switch you over today if you like.',
      'We would love to hear what we could do better. A one-line reply is plenty.',
    ],
    steps: ['Open **Settings > Plan**.', 'Check that the renewal date shows **Cancelled**.', 'Download any files you want to keep.'],
    link: ['plans page', 'https://example.com/pricing'],
  },
  {
    title: 'Data::Export request',
    ack: ['You need a full copy of your data for your records.', 'Your auditor has asked for an export of every invoice from last year.'],
    body: [
      'I have started a full export for your workspace. It will arrive as a ZIP file at your account email within the hour.',
      'The export holds one CSV file per project, plus a folder with every attachment. Large workspaces can take a little longer.',
      'The download link works for 7 days. After that, you can start a new export from the same page.',
      'If you need the data in another format, tell me which one and I will check what we can do.',
    ],
    steps: ['Go to **Settings > Data**.', 'Click **Export everything**.', 'Wait for the email, then download the ZIP file.'],
    link: ['data export guide', 'https://support.example.com/hc/en-us/articles/360004567890-Export'],
  },
  {
    title: 'Integrations::Slack setup',
    ack: ['The Slack app stopped posting updates to your channel.', 'Your team is not getting Slack alerts since Tuesday.'],
    body: [
      'Slack asks apps to reconnect when a workspace owner changes. Reconnecting takes a minute and keeps your settings.',
      'I checked our logs, and the last message we sent was refused by Slack with an expired token. That matches the owner change.',
      'Private channels need the app to be invited first. Type `/invite @Example` in the channel, and alerts will start again.',
      'You can pick which events post to Slack, so the channel stays useful and not noisy.',
    ],
    steps: ['Open **Integrations > Slack**.', 'Click **Reconnect** and approve access in Slack.', 'Send a test alert from the same page.'],
    link: ['Slack integration guide', 'https://support.example.com/hc/en-us/articles/360005678901-Slack'],
  },
  {
    title: 'Orders::Change address',
    ack: ['You need to send order {{ticket.ticket_field_360022222222}} to a different address.', 'You moved last week, and the order still has your old address.'],
    body: [
      'Good news: the order has not left the warehouse yet, so I have updated the address for you.',
      'The new address is on the packing slip now. You will get a fresh confirmation email with the details.',
      'The order has already shipped, so I have asked the carrier to redirect it. Redirects usually add one day.',
      'For future orders, you can save more than one address under **Account > Addresses**.',
    ],
    steps: ['Sign in and open **Account > Addresses**.', 'Click **Add address** and save it.', 'Pick it at checkout next time.'],
    link: ['delivery help page', 'https://support.example.com/hc/en-us/articles/360006789012-Delivery'],
  },
  {
    title: 'Billing::Invoice copy',
    ack: ['You need a copy of your invoice with your company details on it.', 'Your finance team asked for the VAT number on your invoices.'],
    body: [
      'I have attached the invoice as a PDF. It shows your company name, address and **VAT number**.',
      'You can add these details yourself in **Settings > Billing**, and every new invoice will include them.',
      'Past invoices can be downloaded again at any time. They update to your latest details when you download them.',
      'If your finance team needs invoices by email, add their address as a billing contact.',
    ],
    steps: ['Open **Settings > Billing**.', 'Fill in **Company details** and save.', 'Download the invoice again from **Invoices**.'],
    link: ['invoices help page', 'https://support.example.com/hc/en-us/articles/360007890123-Invoices'],
  },
];

// Paragraphs that fit any request, used when a topic's own paragraphs run out before the reply
// reaches its size.
export const GENERAL = [
  'I have added a note to your account with everything we discussed, so anyone on the team can pick this up without asking you to repeat yourself.',
  'Your ticket stays open until you confirm that everything works. If I do not hear back, I will check in with you on **Thursday**.',
  'I also checked the rest of your account while I was there, and everything else looks healthy.',
  'We have shared your feedback with the team that owns this part of the product. Reports like yours help us decide what to fix first.',
  'If it is easier to talk it through, you can book a short call with us on our [support calendar](https://example.com/support/call).',
  'Our help centre has short videos for the most common tasks, and they are all under two minutes.',
];

export const STEP_INTROS = ['Here is how to check:', 'These steps should do it:', 'To do it yourself:', 'If you want to try it now:'];
export const LINK_LINES = ['You can read more on our [{label}]({url}).', 'Our [{label}]({url}) has more details.', 'There is more on the [{label}]({url}).'];

// Sentences that the recommended rules flag (about one reply in ten gets one), with the rule each
// is meant to trip. `endsReply`: the reply stops there, with no offer of further help after it (a
// bare refusal is only a problem when nothing follows it).
export const PROBLEMS = [
  { rule: 'no-blame', text: 'It looks like you failed to confirm your email address, so the link expired.' },
  { rule: 'no-condescension', text: 'Obviously you need to log in before the export button appears.' },
  { rule: 'no-told-you-so', text: 'As I said in my last email, the charge is only a temporary hold.' },
  { rule: 'no-cant-without-can', text: 'Unfortunately we can\'t refund annual plans after 30 days.', endsReply: true },
  { rule: 'no-shouting', text: 'We are working on it right now!!' },
  { rule: 'no-customer-wrong', text: 'You are wrong about the renewal date.' },
  { rule: 'no-non-apology', text: 'We apologize for any inconvenience this may have caused.' },
  { rule: 'no-policy-shield', text: 'Per our policy, we do not change billing dates.' },
  { rule: 'offer-further-help', text: null, endsReply: true },
];
