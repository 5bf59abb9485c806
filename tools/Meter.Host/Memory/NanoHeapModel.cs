using System.Reflection;
using System.Text;

namespace Meter.Host.Memory;

/// <summary>
/// nanoFramework's managed heap, modelled from how its CLR lays objects out (measured on the real
/// interpreter, see the README): memory comes in blocks (12 bytes on the ESP32's 32-bit build, 24 on the
/// 64-bit host build); an object costs a header block plus one block per field, whatever the field's type;
/// a string a header block plus its UTF-8 bytes and a NUL, rounded up to whole blocks; an array a header
/// block plus its packed elements (references at the pointer size) in whole blocks. Walks an object graph
/// from its roots, each object once, and adds it up. Written by hand: no library knows this heap.
/// </summary>
public sealed class NanoHeapModel
{
    private readonly Func<object, bool> _exclude;

    /// <param name="blockBytes">12 for the ESP32 (32-bit), 24 for the 64-bit host build.</param>
    /// <param name="exclude">Objects not on the device's heap (host adapters standing in for flash, say).</param>
    public NanoHeapModel(int blockBytes, Func<object, bool>? exclude = null)
    {
        BlockBytes = blockBytes;
        _exclude = exclude ?? (_ => false);
    }

    public int BlockBytes { get; }

    private int PointerBytes => BlockBytes / 3;

    /// <summary>Bytes of one object by itself (its fields' targets not included).</summary>
    public long SizeOf(object value) => value switch
    {
        string text => BlockBytes + Blocks(Encoding.UTF8.GetByteCount(text) + 1),
        Array array => BlockBytes + Blocks(array.Length * ElementBytes(array.GetType().GetElementType()!)),
        _ => BlockBytes * (1L + Fields(value.GetType()).Count),
    };

    /// <summary>Bytes of everything reachable from the roots, each object counted once.</summary>
    public long Reachable(params object[] roots)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>(roots.Where(r => r != null));
        long total = 0;
        while (pending.Count > 0)
        {
            object value = pending.Pop();
            if (!seen.Add(value) || _exclude(value) || value is Delegate || value is Type || value is MemberInfo)
            {
                continue;
            }

            total += SizeOf(value);
            foreach (object child in Children(value))
            {
                pending.Push(child);
            }
        }

        return total;
    }

    private IEnumerable<object> Children(object value)
    {
        if (value is string)
        {
            yield break;
        }

        if (value is Array array)
        {
            if (!array.GetType().GetElementType()!.IsValueType)
            {
                foreach (object? item in array)
                {
                    if (item != null)
                    {
                        yield return item;
                    }
                }
            }

            yield break;
        }

        foreach (var field in Fields(value.GetType()))
        {
            if (!field.FieldType.IsValueType && field.GetValue(value) is { } child)
            {
                yield return child;
            }
        }
    }

    private long Blocks(long bytes) => (bytes + BlockBytes - 1) / BlockBytes * BlockBytes;

    private int ElementBytes(Type type) =>
        !type.IsValueType ? PointerBytes
        : type == typeof(bool) || type == typeof(byte) || type == typeof(sbyte) ? 1
        : type == typeof(char) || type == typeof(short) || type == typeof(ushort) ? 2
        : type == typeof(long) || type == typeof(ulong) || type == typeof(double) ? 8
        : 4;

    private static List<FieldInfo> Fields(Type type)
    {
        var fields = new List<FieldInfo>();
        for (var t = type; t != null && t != typeof(object); t = t.BaseType)
        {
            fields.AddRange(t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        }

        return fields;
    }
}
