package dev.qmpgen.cli.visitors;

import dev.qmpgen.runtime.QmpEvent;
import java.util.List;

/**
 * Follows one VM's state from its events, whichever bindings decoded them: {@link VmStateTracker}
 * for the QEMU 7.2 bindings, {@link SpecVmStateTracker} for those of the spec text.
 */
public interface VmFollower {

  /** How many transitions {@link #transitions()} keeps: a tracker may follow a VM for months. */
  int KEPT_TRANSITIONS = 100;

  /** Takes in the next event; returns the state after it. */
  VmStatus follow(QmpEvent event);

  /** The state after the events seen so far. */
  VmStatus status();

  /**
   * The latest changes of state or of its cause, at most {@value #KEPT_TRANSITIONS}, oldest first.
   */
  List<Transition> transitions();
}
