namespace MeterTool;

/// <summary>What MeterTool's exit code means, for scripts.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The configuration has errors (each printed with line, key and reason).</summary>
    public const int ConfigErrors = 1;

    /// <summary>A bad option, or a file that is not there.</summary>
    public const int Usage = 2;

    /// <summary>OPSCOM answered with an error (its code and message printed).</summary>
    public const int OpsComRefused = 3;

    /// <summary>OPSCOM could not be reached, or its answer could not be read.</summary>
    public const int Unreachable = 4;

    /// <summary>A provisioning step (nanoff) failed; its output is printed and the steps after it were not run.</summary>
    public const int StepFailed = 5;

    /// <summary>The meter's console did not answer.</summary>
    public const int NoConsole = 6;

    /// <summary>The serial port is missing or in use.</summary>
    public const int PortProblem = 7;

    /// <summary>The meter's console refused a command of --run (an error, a wrong PIN, an unknown command); the others still ran.</summary>
    public const int MeterRefused = 8;
}
