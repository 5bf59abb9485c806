using MeterTool.Check;

namespace MeterTool.OpsCom;

/// <summary>Where and as whom to call OPSCOM: options first, else the meter's nf.config ([opscom]) and secrets.config (api_token).</summary>
public sealed record OpsComTarget(string BaseUrl, string Client, string ValidateUrl, string Token)
{
    /// <summary>
    /// Fills what the options leave out from the files; throws ArgumentException naming what is missing
    /// or the configuration's first errors, FileNotFoundException for a missing file.
    /// </summary>
    public static OpsComTarget Resolve(string? configPath, string? secretsPath, string? baseUrl, string? client, string? validateUrl, string? token)
    {
        foreach (var (option, url) in new[] { ("--base-url", baseUrl), ("--validate-url", validateUrl) })
        {
            if (url != null && !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && (parsed.Scheme == "http" || parsed.Scheme == "https")))
            {
                throw new ArgumentException(option + ": " + url + " is no http(s) address");
            }
        }

        if (baseUrl != null && client != null && validateUrl != null && token != null)
        {
            return new OpsComTarget(baseUrl.TrimEnd('/'), client, validateUrl.TrimEnd('/'), token);
        }

        // With --token the secrets file is not needed: nf.config is read with the example's secrets beside it, if need be.
        var files = token != null ? ConfigFiles.ReadWithExampleSecrets(configPath, secretsPath) : ConfigFiles.Read(configPath, secretsPath);
        if (files.Config == null)
        {
            throw new ArgumentException(files.ConfigPath + " has errors (MeterTool check lists them all); the first: " + files.Errors[0]
                + ". Give --base-url, --client, --validate-url and --token to do without it");
        }

        var opsCom = files.Config.OpsCom;
        return new OpsComTarget((baseUrl ?? opsCom.BaseUrl).TrimEnd('/'), client ?? opsCom.Client, (validateUrl ?? opsCom.ValidateUrl).TrimEnd('/'), token ?? files.Config.Secrets.ApiToken);
    }
}
