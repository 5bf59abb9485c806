namespace OpsComEmulator.Faults;

/// <summary>The plan in force, and its dice: one seeded generator, so a run with the same seed and requests repeats.</summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private FaultPlan _plan = FaultPlan.None;
    private Random _random = new(1);

    public FaultPlan Plan
    {
        get
        {
            lock (_gate)
            {
                return _plan;
            }
        }

        set
        {
            lock (_gate)
            {
                _plan = value;
                _random = new Random(value.Seed);
            }
        }
    }

    /// <summary>The first rule of this kind for the endpoint whose dice come up, or null.</summary>
    public FaultRule? Roll(string endpoint, string kind)
    {
        lock (_gate)
        {
            foreach (var rule in _plan.Rules)
            {
                if (rule.Kind == kind && (rule.Endpoint == "*" || rule.Endpoint == endpoint) && _random.NextDouble() < rule.Probability)
                {
                    return rule;
                }
            }

            return null;
        }
    }
}
