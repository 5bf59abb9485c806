// Declarations only (see README.md): nanoFramework.TestFramework 3.0.77. The real message parameters
// also carry [CallerArgumentExpression], which only fills in the default text.
using System;

namespace nanoFramework.TestFramework
{
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class TestClassAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class TestMethodAttribute : Attribute
    {
    }

    /// <summary>Runs once, first, for the class; a SkipTestException thrown here skips the class.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class SetupAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class CleanupAttribute : Attribute
    {
    }

    public sealed partial class Assert
    {
        public static void IsTrue(bool condition, string message = "") { throw new NotImplementedException(); }

        public static void IsFalse(bool condition, string message = "") { throw new NotImplementedException(); }

        public static void IsNull(object value, string message = "") { throw new NotImplementedException(); }

        public static void IsNotNull(object value, string message = "") { throw new NotImplementedException(); }

        public static void AreEqual(int expected, int actual, string message = "") { throw new NotImplementedException(); }

        public static void AreEqual(long expected, long actual, string message = "") { throw new NotImplementedException(); }

        public static void AreEqual(string expected, string actual, string message = "") { throw new NotImplementedException(); }

        /// <summary>Passes when the action throws exactly this exception type.</summary>
        public static void ThrowsException(Type exception, Action action, string message = "") { throw new NotImplementedException(); }

        public static void SkipTest(string message = null) { throw new NotImplementedException(); }
    }

    public static class OutputHelper
    {
        public static void WriteLine(string message) { throw new NotImplementedException(); }
    }
}
