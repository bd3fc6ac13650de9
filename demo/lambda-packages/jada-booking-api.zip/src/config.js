// Settings of the deployed build (FAKE demo values): patched in the console after the repo copy was exported.
module.exports = {
  awsAccessKeyId: 'AKIAFAKEDEMOJADA0003',
  region: 'us-west-2',
  bookingsTable: process.env.BOOKINGS_TABLE || 'jada-bookings',
};
