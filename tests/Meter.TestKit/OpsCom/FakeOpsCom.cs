using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Meter.Core.Net;

namespace Meter.TestKit.OpsCom;

/// <summary>
/// The test's own model of OPSCOM's permit endpoints, read from the API documentation and independent of
/// the core: bodies are parsed with System.Text.Json; a push whose permit number, plate, start and end
/// match one already held answers 9022; update and delete go by reference id (9009 when unknown).
/// Each request can have something happen while it is on the wire (the other thread's action, a power
/// cut), and its answer can be lost after OPSCOM recorded it.
/// </summary>
public sealed class FakeOpsCom : IHttpPort
{
    private readonly Queue<Action> _onTheWire = new();
    private int _answersToLose;
    private int _requestsToDrop;
    private int _references;

    public sealed class Held
    {
        public required string PermitNo { get; init; }
        public required string Plate { get; init; }
        public required string Start { get; init; }
        public required string End { get; set; }
        public required string Amount { get; set; }
        public required string Reference { get; init; }
        public bool Voided { get; set; }
    }

    public List<Held> Permits { get; } = new();

    public List<string> Requests { get; } = new();

    /// <summary>The next request runs this while on the wire (after OPSCOM saw it, before the answer is read).</summary>
    public FakeOpsCom WhileOnTheWire(Action action)
    {
        _onTheWire.Enqueue(action);
        return this;
    }

    /// <summary>The next request is recorded by OPSCOM, but its answer never reaches the meter.</summary>
    public FakeOpsCom LoseNextAnswer()
    {
        _answersToLose++;
        return this;
    }

    /// <summary>The next request leaves the meter but never reaches OPSCOM (the meter sees no answer).</summary>
    public FakeOpsCom DropNextRequest()
    {
        _requestsToDrop++;
        return this;
    }

    public HttpOutcome Post(string url, byte[] body, int count, int deadlineMs, byte[] response, out int status, out int length)
    {
        string operation = url[(url.LastIndexOf('/') + 1)..];
        Requests.Add(operation);
        if (_requestsToDrop > 0)
        {
            _requestsToDrop--;
            RunOnTheWire();
            (status, length) = (0, 0);
            return HttpOutcome.NoAnswer;
        }

        using var request = JsonDocument.Parse(Encoding.UTF8.GetString(body, 0, count));
        (status, string answer) = Handle(operation, request.RootElement);
        RunOnTheWire();
        if (_answersToLose > 0)
        {
            _answersToLose--;
            length = 0;
            return HttpOutcome.NoAnswer;
        }

        length = Encoding.UTF8.GetBytes(answer, 0, answer.Length, response, 0);
        return HttpOutcome.Answered;
    }

    private void RunOnTheWire()
    {
        if (_onTheWire.Count > 0)
        {
            _onTheWire.Dequeue()();
        }
    }

    private (int Status, string Body) Handle(string operation, JsonElement body)
    {
        if (operation == "push")
        {
            string permitNo = body.GetProperty("permitNo").GetString()!;
            string plate = body.GetProperty("LicencePlate").GetString()!;
            string start = body.GetProperty("startTime").GetString()!;
            string end = body.GetProperty("endTime").GetString()!;
            if (Permits.Any(p => p.PermitNo == permitNo && p.Plate == plate && p.Start == start && p.End == end))
            {
                return Error(409, 9022);
            }

            string reference = "fake-" + ++_references;
            Permits.Add(new Held { PermitNo = permitNo, Plate = plate, Start = start, End = end, Amount = body.GetProperty("Amount").GetString()!, Reference = reference });
            return Success(reference);
        }

        string id = body.GetProperty("referenceID").GetString()!;
        var held = Permits.SingleOrDefault(p => p.Reference == id && !p.Voided);
        if (held == null)
        {
            return Error(404, 9009);
        }

        if (operation == "update")
        {
            held.End = body.GetProperty("endTime").GetString()!;
            held.Amount = body.GetProperty("Amount").GetString()!;
        }
        else
        {
            held.Voided = true;
        }

        return Success(id);
    }

    private static (int, string) Success(string reference) => (200, "{\"status\":\"success\",\"reference_id\":\"" + reference + "\",\"InternalReferenceID\":\"" + reference + "\"}");

    private static (int, string) Error(int status, int code) => (status, "{\"ErrorCode\":" + code + ",\"ErrorMessage\":\"error " + code + "\"}");
}
