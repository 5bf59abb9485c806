using Microsoft.Data.Sqlite;

namespace OpsComEmulator.Storage;

/// <summary>
/// The emulator's SQLite database: a file that survives restarts, or memory for tests. One connection,
/// used under a lock: SQLite has a single writer anyway, and a request's statements take microseconds.
/// </summary>
public sealed class EmulatorDatabase : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly object _gate = new();

    /// <summary>The controller's clock, for the times it stamps (the simulator passes its own).</summary>
    public Func<DateTime> UtcNow { get; set; } = () => DateTime.UtcNow;

    public EmulatorDatabase(string path)
    {
        string source = path == ":memory:" ? "Data Source=:memory:" : new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        _connection = new SqliteConnection(source);
        _connection.Open();
        // WAL with synchronous=NORMAL: commits survive a crash of this program without an fsync each.
        using (var pragma = Command(_connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"))
        {
            pragma.ExecuteNonQuery();
        }

        Schema.Create(this);
    }

    /// <summary>Runs work on the connection inside one transaction.</summary>
    public T Transaction<T>(Func<SqliteConnection, T> work)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            T result = work(_connection);
            transaction.Commit();
            return result;
        }
    }

    public void Execute(string sql, params (string Name, object? Value)[] parameters) =>
        Transaction(connection => Command(connection, sql, parameters).ExecuteNonQuery());

    public static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static List<Dictionary<string, object?>> Rows(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var reader = Command(connection, sql, parameters).ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>();
            for (int i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Dispose() => _connection.Dispose();
}
