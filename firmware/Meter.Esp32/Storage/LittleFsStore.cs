using System.IO;
using Meter.Core.Storage;

namespace Meter.Esp32.Storage
{
    /// <summary>
    /// The journal's file store on the ESP32's internal littlefs volume (I:\). What the port promises
    /// and how littlefs keeps it: a file's content is committed when its stream is closed (esp_littlefs
    /// loses what an unclosed file held at a reset), so every write opens, writes once and closes; a
    /// file opened with FileMode.Create keeps its old content until that close, which makes Replace
    /// atomic; File.Move is littlefs's atomic rename and refuses an existing target, as the port says.
    /// Every failure throws (IOException): the journal decides what it means.
    /// On this stack every open is a littlefs commit, reads included (nanoFramework opens "r+" whatever the
    /// FileAccess, esp_littlefs syncs at open): files are spread over four subfolders (<see cref="FolderSpread"/>)
    /// so those commits land on four metadata pairs. Files an older firmware left in the folder itself are
    /// still listed and found there (File.Exists is a stat, no commit).
    /// </summary>
    public sealed class LittleFsStore : IFileStore
    {
        private readonly string _folder;

        /// <param name="folder">The journal's folder, e.g. I:\journal (created when missing).</param>
        public LittleFsStore(string folder)
        {
            _folder = folder;
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
            }

            for (int i = 0; i < FolderSpread.Subfolders; i++)
            {
                string subfolder = folder + "\\" + FolderSpread.SubfolderName(i);
                if (!Directory.Exists(subfolder))
                {
                    Directory.CreateDirectory(subfolder);
                }
            }
        }

        public string[] List()
        {
            System.Collections.ArrayList names = new System.Collections.ArrayList();
            AddNames(_folder, names);
            for (int i = 0; i < FolderSpread.Subfolders; i++)
            {
                AddNames(_folder + "\\" + FolderSpread.SubfolderName(i), names);
            }

            return (string[])names.ToArray(typeof(string));
        }

        private static void AddNames(string folder, System.Collections.ArrayList names)
        {
            string[] paths = Directory.GetFiles(folder);
            for (int i = 0; i < paths.Length; i++)
            {
                names.Add(paths[i].Substring(paths[i].LastIndexOf('\\') + 1));
            }
        }

        public byte[] Read(string name, int maximumBytes)
        {
            string path = PathOf(name);
            if (!File.Exists(path))
            {
                return null;
            }

            using (FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read))
            {
                long length = stream.Length;
                if (length > maximumBytes)
                {
                    throw new IOException(name + " holds " + length.ToString() + " bytes, more than the " + maximumBytes.ToString() + " allowed");
                }

                byte[] data = new byte[(int)length];
                int read = 0;
                while (read < data.Length)
                {
                    int count = stream.Read(data, read, data.Length - read);
                    if (count <= 0)
                    {
                        throw new IOException(name + " ended after " + read.ToString() + " of " + data.Length.ToString() + " bytes");
                    }

                    read += count;
                }

                return data;
            }
        }

        public void Write(string name, byte[] data, int count)
        {
            // CreateNew refuses an existing file: a name is never reused.
            using (FileStream stream = new FileStream(SpreadPathOf(name), FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(data, 0, count);
            }
        }

        public void Replace(string name, byte[] data, int count)
        {
            using (FileStream stream = new FileStream(PathOf(name), FileMode.Create, FileAccess.Write))
            {
                stream.Write(data, 0, count);
            }
        }

        public void Rename(string from, string to)
        {
            File.Move(PathOf(from), PathOf(to));
        }

        public void Delete(string name)
        {
            string path = PathOf(name);
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }

        // Where the file is: in the folder itself if an older firmware left it there, else in its subfolder.
        private string PathOf(string name)
        {
            string legacy = _folder + "\\" + name;
            return File.Exists(legacy) ? legacy : SpreadPathOf(name);
        }

        private string SpreadPathOf(string name)
        {
            return _folder + "\\" + FolderSpread.SubfolderOf(name) + "\\" + name;
        }
    }
}
