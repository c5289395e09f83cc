package id.go.spbe.dev.launcher.demo;

/**
 * One part of the demo region, loaded through the public API. Later services add their own step (e.g. servers of
 * datacenter-service for the demo applications) to {@link DemoLoader#steps}; a step reads what earlier steps made
 * from the {@link DemoContext} and reports each item it loads or fails, so one bad item never stops the rest.
 */
public interface DemoStep {

    /** Shown in the console, e.g. "struktur OPD / OPD structure". */
    String name();

    void load(DemoContext context);
}
