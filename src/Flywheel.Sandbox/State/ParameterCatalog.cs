namespace Flywheel.Sandbox.State;

/// <summary>
/// The security-relevant parameters of each engine family with their engine defaults: a small, realistic subset
/// of what RDS returns (TLS enforcement, TLS versions, logging, password hashing, auditing).
/// </summary>
internal static class ParameterCatalog
{
    public static IEnumerable<ParameterState> For(string family)
    {
        if (family.Contains("postgres", StringComparison.Ordinal))
        {
            var forceSsl = family.StartsWith("aurora", StringComparison.Ordinal) ? "0" : "1";
            yield return Dynamic("rds.force_ssl", forceSsl, "boolean", "0,1", "Force SSL connections.");
            yield return Dynamic("ssl_min_protocol_version", "TLSv1.2", "string", "TLSv1,TLSv1.1,TLSv1.2,TLSv1.3", "Sets the minimum SSL/TLS protocol version to use.");
            yield return Dynamic("log_connections", null, "boolean", "0,1", "Logs each successful connection.");
            yield return Dynamic("log_disconnections", null, "boolean", "0,1", "Logs end of a session, including duration.");
            yield return Dynamic("password_encryption", "scram-sha-256", "string", "md5,scram-sha-256", "Chooses the algorithm for encrypting passwords.");
            yield return Dynamic("pgaudit.log", null, "list", "ddl,function,misc,none,read,role,write,all", "Specifies which classes of statements will be logged by session audit logging.");
            yield return Static("shared_preload_libraries", "pg_stat_statements", "list", "auto_explain,orafce,pgaudit,pglogical,pg_stat_statements", "Lists shared libraries to preload into server.");
        }
        else
        {
            yield return Dynamic("require_secure_transport", null, "boolean", "0,1", "Whether client connections to the server are required to use some form of secure transport.");
            yield return Static("tls_version", "TLSv1.2,TLSv1.3", "string", "TLSv1.2,TLSv1.3", "TLS protocols permitted for encrypted connections.");
            yield return Dynamic("general_log", null, "boolean", "0,1", "Whether the general query log is enabled.");
            yield return Dynamic("slow_query_log", null, "boolean", "0,1", "Whether the slow query log is enabled.");
            yield return Dynamic("local_infile", "1", "boolean", "0,1", "Whether LOCAL is supported for LOAD DATA INFILE.");
            if (family.StartsWith("mariadb", StringComparison.Ordinal))
            {
                yield return Dynamic("server_audit_logging", null, "boolean", "0,1", "Enables the MariaDB audit plugin.");
            }
        }
    }

    private static ParameterState Dynamic(string name, string? value, string type, string allowed, string description) =>
        new() { Name = name, Value = value, ApplyType = "dynamic", DataType = type, AllowedValues = allowed, Description = description, Source = value is null ? "engine-default" : "system" };

    private static ParameterState Static(string name, string? value, string type, string allowed, string description) =>
        new() { Name = name, Value = value, ApplyType = "static", DataType = type, AllowedValues = allowed, Description = description, Source = "system" };
}
