namespace Meter.Core.Config
{
    /// <summary>What sort of value an nf.config key takes; it decides how <see cref="ConfigKey.Range"/> reads.</summary>
    public enum ConfigKind
    {
        /// <summary>A whole number from <see cref="ConfigKey.Minimum"/> to <see cref="ConfigKey.Maximum"/>.</summary>
        Integer = 0,

        /// <summary>Free text of at most <see cref="ConfigKey.Maximum"/> characters.</summary>
        Text = 1,

        /// <summary>One of <see cref="ConfigKey.Choices"/>.</summary>
        Choice = 2,

        /// <summary>An amount like 2.50, from 0.00 to <see cref="ConfigKey.Maximum"/> cents.</summary>
        Amount = 3,

        /// <summary>1 to <see cref="ConfigKey.Maximum"/> letters, digits, '-' or '_'.</summary>
        Code = 4,

        /// <summary>An http:// or https:// address without a trailing '/'.</summary>
        Url = 5,

        /// <summary>A value with its own syntax, described by <see cref="ConfigKey.Format"/>.</summary>
        Formatted = 6,
    }
}
