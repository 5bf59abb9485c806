using System;
using System.IO;
using Meter.Esp32.Storage;
using nanoFramework.TestFramework;

namespace Meter.Device.Tests.Storage
{
    /// <summary>The journal's store on the board's real littlefs (I:\), in a folder of its own that the tests empty first.</summary>
    [TestClass]
    public class LittleFsStoreTests
    {
        private const string Folder = "I:\\device-test";

        [Setup]
        public static void EmptyTheTestFolder()
        {
            LittleFsStore store = new LittleFsStore(Folder);
            string[] names = store.List();
            for (int i = 0; i < names.Length; i++)
            {
                store.Delete(names[i]);
            }
        }

        [TestMethod]
        public static void Write_ThenReadThroughANewStream_ReturnsWhatWasWritten()
        {
            LittleFsStore store = new LittleFsStore(Folder);
            byte[] data = Bytes(300, 7);

            store.Write("committed", data, data.Length);
            byte[] back = new LittleFsStore(Folder).Read("committed", 1024);

            AssertSame(data, back);
        }

        [TestMethod]
        public static void Write_ExistingName_IsRefused()
        {
            LittleFsStore store = new LittleFsStore(Folder);
            store.Write("once", Bytes(10, 1), 10);

            Assert.ThrowsException(typeof(IOException), delegate { store.Write("once", Bytes(10, 2), 10); });
        }

        [TestMethod]
        public static void Rename_OntoAnExistingFile_IsRefusedAndLosesNeither()
        {
            LittleFsStore store = new LittleFsStore(Folder);
            store.Write("from", Bytes(20, 3), 20);
            store.Write("to", Bytes(30, 4), 30);

            Assert.ThrowsException(typeof(IOException), delegate { store.Rename("from", "to"); });

            AssertSame(Bytes(20, 3), store.Read("from", 100));
            AssertSame(Bytes(30, 4), store.Read("to", 100));
        }

        [TestMethod]
        public static void Rename_ToANewName_MovesTheContent()
        {
            LittleFsStore store = new LittleFsStore(Folder);
            store.Write("old", Bytes(40, 5), 40);

            store.Rename("old", "new");

            Assert.IsNull(store.Read("old", 100));
            AssertSame(Bytes(40, 5), store.Read("new", 100));
        }

        [TestMethod]
        public static void Replace_ReplacesTheWholeContent()
        {
            LittleFsStore store = new LittleFsStore(Folder);
            store.Write("state", Bytes(64, 6), 64);

            store.Replace("state", Bytes(16, 9), 16);

            AssertSame(Bytes(16, 9), store.Read("state", 100));
        }

        [TestMethod]
        public static void Read_LargerThanAllowed_Throws()
        {
            LittleFsStore store = new LittleFsStore(Folder);
            store.Write("big", Bytes(200, 8), 200);

            Assert.ThrowsException(typeof(IOException), delegate { store.Read("big", 100); });
        }

        private static byte[] Bytes(int count, int seed)
        {
            byte[] data = new byte[count];
            for (int i = 0; i < count; i++)
            {
                data[i] = (byte)(i * 31 + seed);
            }

            return data;
        }

        private static void AssertSame(byte[] expected, byte[] actual)
        {
            Assert.IsNotNull(actual);
            Assert.AreEqual(expected.Length, actual.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(expected[i], actual[i], "byte " + i.ToString());
            }
        }
    }
}
