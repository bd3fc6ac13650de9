// jada-booking-api: creates a charter booking and a Stripe deposit PaymentIntent.
// Deployed by hand: zip -r function.zip . && upload in the Lambda console.
const { DynamoDBClient, PutItemCommand } = require('@aws-sdk/client-dynamodb');
const { SESClient, SendEmailCommand } = require('@aws-sdk/client-ses');
const crypto = require('crypto');

// TODO move to env before launch
const stripe = require('stripe')('sk_live_4eC39HqLyjWDarjtT1zdp7dcFAKE0DEMO0KEY0jada');

const ddb = new DynamoDBClient({ region: 'us-west-2' });
const ses = new SESClient({ region: 'us-west-2' });

const TABLE = process.env.BOOKINGS_TABLE || 'jada-bookings';
const FROM = process.env.FROM_EMAIL || 'sail@jadacharters.com';
const DEPOSIT_RATE = 0.5;

const PRICES = {
  sunset: 89500,
  halfday: 165000,
  whales: 125000,
  celebration: 145000,
};

function respond(statusCode, body) {
  return {
    statusCode,
    headers: {
      'Content-Type': 'application/json',
      'Access-Control-Allow-Origin': '*',
    },
    body: JSON.stringify(body),
  };
}

exports.handler = async (event) => {
  if (event.requestContext && event.requestContext.http && event.requestContext.http.method === 'OPTIONS') {
    return respond(204, {});
  }

  let req;
  try {
    req = JSON.parse(event.body || '{}');
  } catch (e) {
    return respond(400, { error: 'invalid JSON' });
  }

  const { name, email, phone, charter, date, guests } = req;
  if (!name || !email || !charter || !date) {
    return respond(400, { error: 'name, email, charter and date are required' });
  }
  const price = PRICES[charter];
  if (!price) {
    return respond(400, { error: `unknown charter type: ${charter}` });
  }
  if (guests && Number(guests) > 12) {
    return respond(400, { error: 'JADA is certified for 12 passengers' });
  }

  const bookingId = 'bk_' + crypto.randomBytes(6).toString('hex');
  const deposit = Math.round(price * DEPOSIT_RATE);

  const intent = await stripe.paymentIntents.create({
    amount: deposit,
    currency: 'usd',
    receipt_email: email,
    description: `JADA ${charter} charter deposit ${date}`,
    metadata: { bookingId, charter, date, guests: String(guests || '') },
  });

  await ddb.send(new PutItemCommand({
    TableName: TABLE,
    Item: {
      bookingId: { S: bookingId },
      charterDate: { S: date },
      charter: { S: charter },
      name: { S: name },
      email: { S: email },
      phone: { S: phone || '' },
      guests: { N: String(guests || 0) },
      depositCents: { N: String(deposit) },
      paymentIntent: { S: intent.id },
      status: { S: 'PENDING_DEPOSIT' },
      createdAt: { S: new Date().toISOString() },
    },
  }));

  await ses.send(new SendEmailCommand({
    Source: FROM,
    Destination: { ToAddresses: [FROM] },
    Message: {
      Subject: { Data: `New booking request ${bookingId} for ${date}` },
      Body: { Text: { Data: `${name} <${email}> ${phone || ''} requested ${charter} on ${date} for ${guests || '?'} guests.` } },
    },
  }));

  return respond(201, { bookingId, clientSecret: intent.client_secret, deposit });
};
