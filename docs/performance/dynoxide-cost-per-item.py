#!/usr/bin/env python3
"""Where dynoxide's time goes per item (docs/performance/bill-import.md): starts its own dynoxide
(infra/emulators, in memory, as the tests do), creates a table shaped like BillsTable (two GSIs) and
one without GSIs, and prints dynoxide's CPU time per item for each request shape, read from
/proc/<pid>/stat (CPU time says what dynoxide costs even on a busy machine; wall time does not).
Standard library only. Usage: python3 docs/performance/dynoxide-cost-per-item.py [items per case]"""
import http.client, json, os, random, socket, subprocess, sys, time

BINARY = os.path.join(os.path.dirname(__file__), "..", "infra/emulators/node_modules/@dynoxide/linux-x64/dynoxide")
N = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
HEADERS = {"Content-Type": "application/x-amz-json-1.0", "X-Amz-Date": "20260101T000000Z",
           "Authorization": "AWS4-HMAC-SHA256 Credential=x/20260101/us-east-1/dynamodb/aws4_request, "
                            "SignedHeaders=host, Signature=x"}


def start():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([BINARY, "serve", "--host", "127.0.0.1", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    return process, http.client.HTTPConnection("127.0.0.1", port)


PROCESS, CONNECTION = start()


def call(operation, body, expect_ok=True):
    CONNECTION.request("POST", "/", json.dumps(body), dict(HEADERS, **{"X-Amz-Target": "DynamoDB_20120810." + operation}))
    response = CONNECTION.getresponse()
    data = response.read()
    if expect_ok and response.status != 200:
        raise RuntimeError(data)


def cpu_seconds():
    with open(f"/proc/{PROCESS.pid}/stat") as stat:
        fields = stat.read().split(")")[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def create(name, with_gsis):
    keys = ["pk", "sk"] + (["gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk"] if with_gsis else [])
    body = {"TableName": name, "BillingMode": "PAY_PER_REQUEST",
            "AttributeDefinitions": [{"AttributeName": k, "AttributeType": "S"} for k in keys],
            "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}]}
    if with_gsis:
        body["GlobalSecondaryIndexes"] = [
            {"IndexName": index, "Projection": {"ProjectionType": "ALL"},
             "KeySchema": [{"AttributeName": h, "KeyType": "HASH"}, {"AttributeName": r, "KeyType": "RANGE"}]}
            for index, h, r in [("ByOwner", "gsi1pk", "gsi1sk"), ("ByAccount", "gsi2pk", "gsi2sk")]]
    call("CreateTable", body)


def bill():  # as Items.newBill writes it
    n, bill_id = random.getrandbits(40), "bill_%024x" % random.getrandbits(96)
    return {"pk": {"S": "BILL#" + bill_id}, "sk": {"S": "BILL"}, "billId": {"S": bill_id},
            "provider": {"S": "bench-water"}, "accountNumber": {"S": "W%d" % n}, "kind": {"S": "water"},
            "period": {"S": "2026-10"}, "amountFen": {"N": str(n % 90000 + 1)}, "dueDate": {"S": "2026-11-25"},
            "status": {"S": "unpaid"}, "gsi2pk": {"S": "ACCOUNT#bench-water#W%d" % n},
            "gsi2sk": {"S": "unpaid#2026-10#" + bill_id}}


def account():  # as Items.account writes it
    n = random.getrandbits(40)
    return {"pk": {"S": "ACCOUNT#bench-water#W%d" % n}, "sk": {"S": "ACCOUNT"}, "provider": {"S": "bench-water"},
            "accountNumber": {"S": "W%d" % n}, "holderFingerprint": {"S": "%064x" % random.getrandbits(256)}}


def conditional_put(table, item):
    return {"TableName": table, "Item": item, "ConditionExpression": "attribute_not_exists(pk)"}


def shapes(table, make):
    return {
        "PutItem (conditional)": (1, lambda: call("PutItem", conditional_put(table, make()))),
        "BatchWriteItem of 25": (25, lambda: call("BatchWriteItem", {"RequestItems": {
            table: [{"PutRequest": {"Item": make()}} for _ in range(25)]}})),
        "TransactWriteItems of 25 (conditional)": (25, lambda: call("TransactWriteItems", {
            "TransactItems": [{"Put": conditional_put(table, make())} for _ in range(25)]})),
        "TransactWriteItems of 100 (conditional)": (100, lambda: call("TransactWriteItems", {
            "TransactItems": [{"Put": conditional_put(table, make())} for _ in range(100)]})),
    }


def measure(label, per_call, action, items=N):
    started, cpu = time.perf_counter(), cpu_seconds()
    for _ in range(items // per_call):
        action()
    wall, used = time.perf_counter() - started, cpu_seconds() - cpu
    print(f"| {label} | {used * 1000 / items:.3f} | {items / wall:,.0f} |", flush=True)


def reads_and_cancellations():
    stored = [bill() for _ in range(N)]
    for i in range(0, N, 100):
        call("TransactWriteItems", {"TransactItems": [{"Put": {"TableName": "Bills", "Item": b}} for b in stored[i:i + 100]]})
    chunks = iter([stored[i:i + 100] for i in range(0, N, 100)])
    measure("bill, BatchGetItem of 100, all exist", 100, lambda: call("BatchGetItem", {"RequestItems": {
        "Bills": {"Keys": [{"pk": b["pk"], "sk": b["sk"]} for b in next(chunks)], "ConsistentRead": True}}}))
    measure("bill, BatchGetItem of 100, none exists", 100, lambda: call("BatchGetItem", {"RequestItems": {
        "Bills": {"Keys": [{"pk": b["pk"], "sk": b["sk"]} for b in (bill() for _ in range(100))],
                  "ConsistentRead": True}}}))
    chunks = iter([stored[i:i + 100] for i in range(0, N, 100)])
    measure("bill, TransactWriteItems of 100 cancelled: all exist", 100, lambda: call("TransactWriteItems", {
        "TransactItems": [{"Put": conditional_put("Bills", b)} for b in next(chunks)]}, expect_ok=False))
    chunks = iter([stored[i:i + 100] for i in range(0, N, 100)])
    measure("bill, TransactWriteItems of 100 cancelled: the last exists", 100, lambda: call("TransactWriteItems", {
        "TransactItems": [{"Put": conditional_put("Bills", b)} for b in [bill() for _ in range(99)] + next(chunks)[:1]]},
        expect_ok=False))


try:
    create("Bills", True)
    create("NoIndexes", False)
    print("| item, request | dynoxide CPU ms per item | items/s (wall) |\n|---|---|---|")
    for table, kind, make in [("Bills", "bill", bill), ("Bills", "account", account), ("NoIndexes", "bill, table without GSIs", bill)]:
        for shape, (per_call, action) in shapes(table, make).items():
            measure(f"{kind}, {shape}", per_call, action, N // 4 if per_call == 1 else N)
    reads_and_cancellations()
finally:
    PROCESS.terminate()
