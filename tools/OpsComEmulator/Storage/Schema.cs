namespace OpsComEmulator.Storage;

/// <summary>Tables, and the seed data that makes the pull endpoints answer like a real controller.</summary>
public static class Schema
{
    /// <summary>Two sample permits (S-1, S-2) for trying the page and stats by hand: only when asked (--samples).</summary>
    public static void AddSamplePermits(EmulatorDatabase database)
    {
        database.Execute("""
            INSERT OR IGNORE INTO permits (reference_id, client, permit_no, plate, zone, amount, currency, start_time, end_time, type, created) VALUES
                ('6c1f1e4e-5a0e-4d4e-9a51-0d9d2d6f1a01', 'OC-TOMA', 'S-1', 'BIKE', 'zone1', NULL, NULL, '2025-01-01T00:00:00', '2025-04-30T23:59:59', 'standard', '2025-01-01T00:00:00'),
                ('6c1f1e4e-5a0e-4d4e-9a51-0d9d2d6f1a02', 'OC-TOMA', 'S-2', 'MOTO-S', 'zone1', NULL, NULL, '2025-01-01T00:00:00', '2025-04-30T23:59:59', 'standard', '2025-01-01T00:00:00');
            """);
        AddSamplePlates(database);
    }

    /// <summary>
    /// Plates for trying "already covered" at a meter of Lot 4 whose covering_permits name MONTHLY-DT: one covered by a
    /// monthly permit, one whose permit has expired, one with a do-not-ticket entry for Lot 4 and one for another lot,
    /// one with an alarm only (which a meter must never show). Added once; they answer plate validation and nothing else.
    /// </summary>
    public static void AddSamplePlates(EmulatorDatabase database)
    {
        if (database.Transaction(c => EmulatorDatabase.Rows(c, "SELECT 1 FROM plate_permits WHERE plate = 'MONTHLY1'")).Count == 0)
        {
            database.Execute("""
                INSERT INTO plate_permits (plate, type, short_name, expires) VALUES
                    ('MONTHLY1', 'standard', 'MONTHLY-DT', '2030-12-31 23:59:59'),
                    ('EXPIRED1', 'standard', 'MONTHLY-DT', '2025-04-30 23:59:59');
                INSERT INTO plate_notes (plate, kind, location, start, end, notes) VALUES
                    ('DNTT1', 'dntt', 'Lot 4', '2026-01-01 00:00:00', '2030-12-31 23:59:00', 'Contractor van cleared for Lot 4 (sample).'),
                    ('DNTT6', 'dntt', 'Lot 6', '2026-01-01 00:00:00', '2030-12-31 23:59:00', 'Cleared for Lot 6 only (sample).'),
                    ('ALARM1', 'alarm', NULL, NULL, NULL, 'Sample alarm: Jane Example, wanted by OPS.');
                """);
        }
    }

    public static void Create(EmulatorDatabase database)
    {
        database.Execute("""
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS grants (token TEXT NOT NULL, client TEXT NOT NULL, permissions TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (token, client));
            CREATE TABLE IF NOT EXISTS permits (id INTEGER PRIMARY KEY, reference_id TEXT NOT NULL UNIQUE, client TEXT NOT NULL,
                permit_no TEXT, plate TEXT NOT NULL, zone TEXT, amount TEXT, currency TEXT, start_time TEXT NOT NULL,
                end_time TEXT NOT NULL, type TEXT NOT NULL, voided INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS permits_details ON permits (client, permit_no, plate, start_time, end_time);
            CREATE TABLE IF NOT EXISTS permit_changes (id INTEGER PRIMARY KEY, permit_id INTEGER NOT NULL REFERENCES permits(id),
                kind TEXT NOT NULL, detail TEXT NOT NULL, at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS vehicles (id INTEGER PRIMARY KEY, client TEXT NOT NULL, plate TEXT NOT NULL, plate_type TEXT,
                prov TEXT, make TEXT, type TEXT, colour TEXT, year TEXT, vin TEXT, UNIQUE (client, plate));
            CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, client TEXT NOT NULL, unique_id TEXT NOT NULL, login_source TEXT NOT NULL,
                first_name TEXT, last_name TEXT, user_name TEXT, email TEXT, fields TEXT NOT NULL, UNIQUE (client, unique_id));
            CREATE TABLE IF NOT EXISTS user_types (id INTEGER PRIMARY KEY, type_name TEXT NOT NULL, ext_info TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS plate_types (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS provinces (id INTEGER PRIMARY KEY, name TEXT NOT NULL, code TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS violations (id INTEGER PRIMARY KEY, client TEXT NOT NULL, ticket TEXT NOT NULL, plate TEXT NOT NULL,
                fine INTEGER NOT NULL, issued TEXT NOT NULL, due TEXT NOT NULL, location TEXT NOT NULL, description TEXT NOT NULL,
                uuid TEXT NOT NULL, sent INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE IF NOT EXISTS plate_notes (plate TEXT NOT NULL, kind TEXT NOT NULL, location TEXT, start TEXT, end TEXT, notes TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS plate_permits (plate TEXT NOT NULL, type TEXT NOT NULL, short_name TEXT NOT NULL, expires TEXT NOT NULL);
            """);
        MigrateTokens(database);
        if (database.Transaction(c => EmulatorDatabase.Rows(c, "SELECT value FROM meta WHERE key = 'seeded'").Count) == 0)
        {
            Seed(database);
        }
    }

    // Databases from before grants kept one client per token in "tokens": their grants move over, once.
    private static void MigrateTokens(EmulatorDatabase database)
    {
        database.Transaction(c =>
        {
            if (EmulatorDatabase.Rows(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'tokens'").Count == 0)
            {
                return 0;
            }

            EmulatorDatabase.Command(c, "INSERT OR IGNORE INTO grants (token, client, permissions, revoked) SELECT token, client, permissions, revoked FROM tokens").ExecuteNonQuery();
            return EmulatorDatabase.Command(c, "DROP TABLE tokens").ExecuteNonQuery();
        });
    }

    /// <summary>Gives a client its own sample overdue violations and vehicles, once.</summary>
    public static void SeedClient(EmulatorDatabase database, string client)
    {
        database.Transaction(c =>
        {
            if (EmulatorDatabase.Rows(c, "SELECT value FROM meta WHERE key = $k", ("$k", "seeded:" + client)).Count > 0)
            {
                return 0;
            }

            EmulatorDatabase.Command(c, """
                    INSERT INTO violations (client, ticket, plate, fine, issued, due, location, description, uuid) VALUES
                        ($client, '1-100013', 'AJNR123', 50, '2016-05-03T20:00:00.000000Z', '2016-05-23T20:00:00.000000Z',
                        'Downtown Business District', 'Parked in Loading Zone', 'd9a1c8bb-4ed1-411e-91b1-0b63ba52e04d'),
                        ($client, '1-100027', 'BXKT442', 75, '2016-06-11T14:30:00.000000Z', '2016-07-01T14:30:00.000000Z',
                        'Lot 4', 'Expired Meter', '4f0c2d7e-9b41-4a4e-8f7a-2f6f0e9d8c11');
                    INSERT INTO vehicles (client, plate, plate_type, prov, make, type, colour, year) VALUES
                        ($client, 'AJNR123', 'Passenger', 'ON', 'Chevrolet', 'Compact', 'Red', '2006'),
                        ($client, 'BXKT442', 'Passenger', 'QC', 'Toyota', 'Sedan', 'Blue', '2014');
                    INSERT INTO meta (key, value) VALUES ('seeded:' || $client, '1');
                """, ("$client", client)).ExecuteNonQuery();
            return 0;
        });
    }

    private static void Seed(EmulatorDatabase database)
    {
        database.Execute("""
            INSERT INTO user_types (id, type_name, ext_info) VALUES (1, 'Full Time Student', 'Student'), (6, 'Demo', 'Public'),
                (7, 'Full Time Staff', 'Staff'), (8, 'Part Time Staff', 'Staff'), (9, 'Part Time Student', 'Student'),
                (10, 'Exchange Student', 'Student'), (11, 'Athletics Member', 'Athletics'), (12, 'Complimentary', 'Public'),
                (13, 'Daily Reserved', 'Public');
            INSERT INTO plate_types (id, name) VALUES (1, 'Passenger'), (2, 'Commercial'), (3, 'Motorcycle'), (4, 'Dealer');
            INSERT INTO provinces (id, name, code) VALUES (1, 'Alberta', 'AB'), (2, 'British Columbia', 'BC'), (9, 'Ontario', 'ON'),
                (10, 'Quebec', 'QC'), (20, 'Massachusetts', 'MA'), (21, 'New York', 'NY');
            INSERT INTO plate_notes (plate, kind, location, start, end, notes) VALUES
                ('ABC456', 'alarm', NULL, NULL, NULL, '15-AS123 Lex Luthor (08 JUL 84) wanted by OPS.'),
                ('DEF123', 'dntt', 'Lot 6', '2024-10-23 00:00:00', '2025-04-30 23:59:00', 'Hertz truck has permission to park overnight in lot 6.');
            INSERT INTO meta (key, value) VALUES ('seeded', '1');
            """);
    }
}
