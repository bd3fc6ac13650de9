"""quickdumpnow-renewals

Runs daily from an EventBridge schedule. Finds subscription invoices that failed
to collect and retries them, with a small backoff window, then records the result
in DynamoDB and notifies the customer by email through SES.
"""
import json
import logging
import os
import time
from datetime import datetime, timedelta, timezone

import boto3
import stripe

log = logging.getLogger()
log.setLevel(logging.INFO)

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]

TABLE = os.environ.get("RENEWALS_TABLE", "quickdumpnow-customers")
FROM_EMAIL = os.environ.get("FROM_EMAIL", "billing@quickdumpnow.com")
MAX_ATTEMPTS = int(os.environ.get("MAX_ATTEMPTS", "4"))
RETRY_AFTER_HOURS = (24, 72, 120, 168)

ddb = boto3.resource("dynamodb").Table(TABLE)
ses = boto3.client("ses")


def _due_for_retry(invoice, now):
    attempts = invoice.get("attempt_count", 0)
    if attempts >= MAX_ATTEMPTS:
        return False
    next_attempt = invoice.get("next_payment_attempt")
    if next_attempt and next_attempt > now.timestamp():
        return False
    created = datetime.fromtimestamp(invoice["created"], tz=timezone.utc)
    wait = RETRY_AFTER_HOURS[min(attempts, len(RETRY_AFTER_HOURS) - 1)]
    return now - created >= timedelta(hours=wait)


def _notify(email, subject, body):
    ses.send_email(
        Source=FROM_EMAIL,
        Destination={"ToAddresses": [email]},
        Message={"Subject": {"Data": subject}, "Body": {"Text": {"Data": body}}},
    )


def lambda_handler(event, context):
    now = datetime.now(timezone.utc)
    retried, recovered, failed = 0, 0, 0

    invoices = stripe.Invoice.list(status="open", limit=100)
    for invoice in invoices.auto_paging_iter():
        if not invoice.get("subscription") or not _due_for_retry(invoice, now):
            continue
        retried += 1
        customer_email = invoice.get("customer_email")
        try:
            paid = stripe.Invoice.pay(invoice["id"])
            recovered += 1
            status = paid["status"]
        except stripe.error.CardError as err:
            failed += 1
            status = "card_declined"
            log.info("renewal declined for %s: %s", invoice["id"], err.user_message)
            if customer_email and invoice.get("attempt_count", 0) + 1 >= MAX_ATTEMPTS:
                _notify(
                    customer_email,
                    "Your QuickDumpNow plan is paused",
                    "We could not renew your haul-away plan. Update your card to keep your pickups scheduled.",
                )
        ddb.put_item(
            Item={
                "customerId": invoice["customer"],
                "invoiceId": invoice["id"],
                "subscriptionId": invoice["subscription"],
                "status": status,
                "attempt": invoice.get("attempt_count", 0) + 1,
                "retriedAt": now.isoformat(),
                "ttl": int(time.time()) + 90 * 24 * 3600,
            }
        )

    summary = {"retried": retried, "recovered": recovered, "failed": failed}
    log.info(json.dumps(summary))
    return summary
