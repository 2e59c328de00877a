// Neo4jLauncher starts an embedded Neo4j Community server for local
// development and tests: Bolt only (no HTTP), auth off, small memory.
// tools/neo4j/neo4j.sh compiles and runs it; see README.md there.
//
// Settings come from system properties set by neo4j.sh:
//   neo4j.port       Bolt port on 127.0.0.1 (default 7687)
//   neo4j.data       home directory of the instance (default .neo4j/run)
//   neo4j.pagecache  page cache size (default 64m)
//   neo4j.host       listen address (default 127.0.0.1)
//   neo4j.setting.X  any Neo4j setting X (overrides the defaults below)

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

public final class Neo4jLauncher {
    private static final String SETTING_PREFIX = "neo4j.setting.";

    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        String host = System.getProperty("neo4j.host", "127.0.0.1");
        int port = Integer.parseInt(System.getProperty("neo4j.port", "7687"));
        Path home = Path.of(System.getProperty("neo4j.data", ".neo4j/run")).toAbsolutePath();
        String pageCache = System.getProperty("neo4j.pagecache", "64m");
        Files.createDirectories(home);

        Map<String, String> cfg = new LinkedHashMap<>();
        cfg.put("server.bolt.enabled", "true");
        cfg.put("server.bolt.listen_address", host + ":" + port);
        cfg.put("server.bolt.advertised_address", host + ":" + port);
        cfg.put("server.bolt.tls_level", "DISABLED");
        cfg.put("server.http.enabled", "false");
        cfg.put("server.https.enabled", "false");
        cfg.put("dbms.security.auth_enabled", "false");
        cfg.put("server.memory.pagecache.size", pageCache);
        cfg.put("db.tx_log.preallocate", "false");
        cfg.put("db.tx_log.rotation.size", "1M");
        cfg.put("db.tx_log.rotation.retention_policy", "2 files");
        cfg.put("db.checkpoint.interval.time", "5m");
        cfg.put("dbms.usage_report.enabled", "false");
        cfg.put("server.logs.debug.enabled", "true");
        // Bolt otherwise waits a 5 s quiet period on shutdown.
        cfg.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
        // Extra settings: -Dneo4j.setting.<name>=<value> (neo4j.sh: NEO4J_EXTRA_CONF).
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(SETTING_PREFIX)) {
                cfg.put(name.substring(SETTING_PREFIX.length()), System.getProperty(name));
            }
        }

        // The embedded builder takes raw settings only from a properties file.
        Path conf = home.resolve("neo4j.conf");
        StringBuilder sb = new StringBuilder("# Written by tools/neo4j/Neo4jLauncher.java on each start.\n");
        cfg.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        Files.writeString(conf, sb.toString());

        long t0 = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(conf)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j stopping");
            System.out.flush();
            try {
                dbms.shutdown();
            } catch (Throwable t) {
                t.printStackTrace();
            }
            System.out.println("neo4j stopped");
            System.out.flush();
            stopped.countDown();
        }, "neo4j-shutdown"));

        // Touch the default database so that "ready" means it accepts queries.
        GraphDatabaseService db = dbms.database("neo4j");
        db.executeTransactionally("RETURN 1");

        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("neo4j ready bolt://%s:%d (data %s, %d ms)%n", host, port, home, ms);
        System.out.flush();
        stopped.await();
    }
}
