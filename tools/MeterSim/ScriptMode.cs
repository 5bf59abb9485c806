namespace MeterSim;

/// <summary>
/// --script: plays a scenario with a manual clock and a fresh journal folder unless --data was given, under the
/// script's own "# config:" settings when it has any.
/// </summary>
public static class ScriptMode
{
    public static async Task<int> RunAsync(SimOptions options)
    {
        if (!File.Exists(options.Script))
        {
            Console.Error.WriteLine("no script " + options.Script);
            return 2;
        }

        bool temporary = options.Data == "meter-sim-data";
        if (temporary)
        {
            options.Data = Directory.CreateTempSubdirectory("meter-sim-").FullName;
        }

        try
        {
            string[] lines = File.ReadAllLines(options.Script!);
            if (ScriptConfig.HasSettings(lines))
            {
                // The copy sits in the data folder: the secrets are still those beside the real nf.config.
                string original = options.ConfigPath();
                string configured = Path.Combine(options.Data, "script-nf.config");
                File.WriteAllText(configured, ScriptConfig.Apply(File.ReadAllText(original), lines));
                options.Secrets = options.SecretsPath(original);
                options.Config = configured;
            }

            await using var meter = await MeterSimulation.StartAsync(options, manualClock: true);
            if (!meter.IsConfigured)
            {
                Console.Error.Write(meter.ConfigProblems);
            }

            int failures = await new ScriptRunner(meter, Console.Out).RunAsync(lines);
            Console.WriteLine(failures == 0 ? "scenario passed" : failures + " expectation(s) failed");
            return failures == 0 ? 0 : 1;
        }
        catch (Exception error) when (error is FormatException or ArgumentException)
        {
            Console.Error.WriteLine(error.Message);
            return 2;
        }
        finally
        {
            if (temporary)
            {
                Directory.Delete(options.Data, recursive: true);
            }
        }
    }
}
