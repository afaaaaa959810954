# Generates golden.json: DynamoDB-shaped requests signed by botocore (tested with 1.43.11),
# an implementation independent of ours. Run: python3 generate_with_botocore.py > golden.json
import datetime, json
from unittest import mock
import botocore
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD+session/token=="
BODY = '{"TableName":"users","Key":{"user/id":{"N":"1"},"user/name":{"S":"Ivan"}}}'
NOW = datetime.datetime(2026, 11, 25, 3, 4, 5)

cases = [
  ("aws", "https://dynamodb.us-east-1.amazonaws.com/", "us-east-1", None),
  ("aws-session-token", "https://dynamodb.us-east-1.amazonaws.com/", "us-east-1", TOKEN),
  ("custom-port", "http://localhost:8000/", "us-east-1", None),
  ("endpoint-with-path", "https://docapi.serverless.yandexcloud.net/ru-central1/b1gabcdefghijk/etn0123456789", "ru-central1", TOKEN),
]
out = {}
for name, url, region, token in cases:
  creds = Credentials("AKIDEXAMPLE", SECRET, token)
  req = AWSRequest(method="POST", url=url, data=BODY.encode(), headers={
      "X-Amz-Target": "DynamoDB_20120810.GetItem",
      "Content-Type": "application/x-amz-json-1.0",
      "User-Agent": "dynamo-java/0.1.0"})
  auth = SigV4Auth(creds, "dynamodb", region)
  with mock.patch("botocore.auth.get_current_datetime", return_value=NOW):
    auth.add_auth(req)
  authorization = req.headers["Authorization"]
  del req.headers["Authorization"]
  cr = auth.canonical_request(req)
  sts = auth.string_to_sign(req, cr)
  out[name] = {"url": url, "region": region, "token": token is not None,
               "canonical": cr, "stringToSign": sts,
               "authorization": authorization,
               "date": req.headers["X-Amz-Date"],
               "securityToken": req.headers.get("X-Amz-Security-Token")}
print(json.dumps(out, indent=2))
