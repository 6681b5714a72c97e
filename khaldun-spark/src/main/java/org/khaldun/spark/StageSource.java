package org.khaldun.spark;

import java.io.Serializable;
import org.khaldun.pipeline.Stages;

/**
 * Where an executor's tasks get their stages. It is shipped with every task, so it must hold no
 * heavy state itself: the standard one ({@link ExecutorStages#get}) builds the stages once per JVM
 * and hands the same instance to every task after that.
 */
@FunctionalInterface
public interface StageSource extends Serializable {
  Stages stages(JobConfig config);

  /** CoreNLP, dictionaries and patterns as {@code code} builds them, once per executor JVM. */
  static StageSource standard() {
    return ExecutorStages::get;
  }
}
