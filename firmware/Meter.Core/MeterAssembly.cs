using Meter.Core.Config;
using Meter.Core.Display;
using Meter.Core.Journal;
using Meter.Core.Net;
using Meter.Core.Operator;
using Meter.Core.OpsCom;
using Meter.Core.Sale;
using Meter.Core.Storage;
using Meter.Core.Sync;
using Meter.Core.Time;
using Meter.Core.Diagnostics;

namespace Meter.Core
{
    /// <summary>
    /// The one way a meter is made, from its configuration and its ports: the journal (its ring and audit in FRAM
    /// when there is one), mounted; the UI's step (sale flow, cash audit, screens); the sync engine and its worker;
    /// the operator console. The device app, the simulator, FleetSim and the benchmarks all build their meter here,
    /// then add only what is theirs (threads, the device's health report). Each part gets its own collaborators:
    /// the engine and the console's queries have an OPSCOM request writer each (a writer keeps state between calls
    /// and they run on different threads).
    /// </summary>
    public sealed class MeterAssembly
    {
        /// <summary>A meter that talks to the OPSCOM of its configuration with its own token.</summary>
        public MeterAssembly(MeterConfig config, IFileStore flash, IFram fram, IHttpPort http, IClock clock, IDisplay display, MeterLog log, System.Random random)
            : this(config, config.Meter.Id, config.OpsCom, config.Secrets.ApiToken, flash, fram, http, clock, display, log, random)
        {
        }

        /// <summary>
        /// A meter on <paramref name="flash"/> (the journal's folder) and <paramref name="fram"/> (null: everything in flash,
        /// as hosts without the chip run it), numbering its permits <paramref name="meterId"/>-SEQ and talking to
        /// <paramref name="opsCom"/> with <paramref name="apiToken"/> (a simulator's emulator; a fleet meter's own id and
        /// token). Mounts the journal: see <see cref="Recovery"/>. Throws the store's exception when the FRAM or flash
        /// cannot be read.
        /// </summary>
        public MeterAssembly(MeterConfig config, string meterId, OpsComSettings opsCom, string apiToken, IFileStore flash, IFram fram, IHttpPort http,
            IClock clock, IDisplay display, MeterLog log, System.Random random)
        {
            Journal = OpenJournal(flash, fram, config.Journal, meterId);
            Recovery = Journal.Mount();
            Loop = new UiStep(config, Journal, clock, display, log);
            Engine = new SyncEngine(Journal, http, new OpsComRequests(opsCom, apiToken, config.Tariff.Zone), config.Sync, random);
            Worker = new SyncWorker(Journal, Engine, clock, log, config.Sync, random);
            if (config.OpsCom.CoveringPermits.Length > 0)
            {
                Loop.PlateCheck = new PlateCheck();
                Worker.PlateChecker = new PlateChecker(Loop.PlateCheck, http, Engine, config, opsCom.SendTimesAsUtc);
            }

            Queries = new OpsComQueries(http, new OpsComRequests(opsCom, apiToken, config.Tariff.Zone), config.Sync.TimeoutMs, config.Sync.ResponseCapBytes);
            Console = new OperatorConsole(Journal, Worker.Status, config, Loop, Queries, log, clock);
        }

        /// <summary>
        /// The journal alone (not mounted), as every meter keeps it: with <paramref name="fram"/>, its ring and the audit in
        /// FRAM and batches in <paramref name="flash"/>; without, everything in flash.
        /// </summary>
        public static PermitJournal OpenJournal(IFileStore flash, IFram fram, JournalSettings settings, string meterId)
        {
            return fram == null ? new PermitJournal(flash, settings, meterId)
                : new PermitJournal(new FramJournalStore(flash, fram), settings.WithFram(), meterId);
        }

        /// <summary>The journal, mounted.</summary>
        public PermitJournal Journal { get; private set; }

        /// <summary>What the mount found.</summary>
        public RecoveryReport Recovery { get; private set; }

        /// <summary>The UI's step: inputs, sale flow, cash audit, screens.</summary>
        public UiStep Loop { get; private set; }

        /// <summary>The sync engine (one request at a time, on the worker's thread).</summary>
        public SyncEngine Engine { get; private set; }

        /// <summary>The sync worker: the engine's cycles, maintenance and pruning.</summary>
        public SyncWorker Worker { get; private set; }

        /// <summary>The console's own OPSCOM queries (stats, plate validation).</summary>
        public OpsComQueries Queries { get; private set; }

        /// <summary>The operator console.</summary>
        public OperatorConsole Console { get; private set; }
    }
}
