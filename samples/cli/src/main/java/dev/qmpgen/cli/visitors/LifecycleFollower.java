package dev.qmpgen.cli.visitors;

import dev.qmpgen.runtime.QmpEvent;
import java.util.List;

/**
 * What both trackers share, whichever bindings decoded the events: the {@link VmLifecycle} their
 * visitor methods drive, what they report of it, and the adapters' fallback (an event a tracker
 * does not handle changes nothing). Not thread-safe: one tracker follows one VM.
 */
abstract class LifecycleFollower implements VmFollower {

  final VmLifecycle lifecycle;

  LifecycleFollower(VmStatus initial) {
    this.lifecycle = new VmLifecycle(initial);
  }

  @Override
  public VmStatus status() {
    return lifecycle.status();
  }

  @Override
  public List<Transition> transitions() {
    return lifecycle.transitions();
  }

  /** The fallback of both bindings' adapters: jobs, devices, VNC and the like change nothing. */
  public VmStatus fallback(QmpEvent event) {
    return lifecycle.status();
  }
}
