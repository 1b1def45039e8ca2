/// dari's version: `dari --version` and SARIF's `tool.driver.version`.
public enum DariVersion {
    public static let current = "0.1.0"
}
